package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registration form names every broken rule next to its field, in the reader's
 * language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class RegistrationPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder badRegistration(Locale locale) {
		return post("/register").with(csrf())
			.locale(locale)
			.param("email", "not-an-address")
			.param("password", "password1")
			.param("confirmPassword", "password2")
			.param("firstName", "Keisha")
			.param("lastName", "")
			.param("phone", "305 555 0142")
			.param("line1", "2100 NW 7th Ave")
			.param("city", "Miami")
			.param("region", "FL")
			.param("postalCode", "3312")
			.param("country", "US")
			.param("_acceptTerms", "on");
	}

	@Test
	void inSpanishEveryBrokenRuleIsNamedInSpanish() throws Exception {
		String page = mvc.perform(badRegistration(Locale.forLanguageTag("es")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("debe ser una dirección de correo electrónico", "es obligatorio",
				"debe ser un código postal (12345 o 12345-6789)", "debe contener una letra mayúscula",
				"debe contener uno de estos caracteres: ! @ # $ % ^ &amp; *", "no coincide con la nueva contraseña",
				"debe leer y aceptar las condiciones del servicio");
		assertThat(page).doesNotContain("must contain", "is required");
	}

	@Test
	void inEnglishTheSameRulesReadInEnglish() throws Exception {
		String page = mvc.perform(badRegistration(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("must be an e-mail address", "is required", "must contain an upper-case letter",
				"does not match the new password", "you must read and agree to the terms of service");
	}

}
