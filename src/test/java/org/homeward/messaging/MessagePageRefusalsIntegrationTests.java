package org.homeward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The compose page tells a family why a message was not sent, in the language they read
 * Homeward in.
 */
@PostgresIntegrationTest
class MessagePageRefusalsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID inmate;

	String agencyName;

	PageSession session;

	@BeforeEach
	void aFamilyWithoutStamps() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		agencyName = jdbc.sql("select name from directory.agency where id = :id")
			.param("id", agency.value())
			.query(String.class)
			.single();
		inmate = Correspondents.inmate(jdbc, agency, "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
		Families.Family family = Families.register(mvc, "sin-sellos", inmate);
		session = PageSession.of(mvc.perform(formLogin("/login").user(family.email()).password("Family#2026"))
			.andExpect(status().isFound())
			.andReturn());
	}

	@Test
	void withoutStampsTheRefusalReadsInSpanishAndInEnglish() throws Exception {
		assertThat(send("es", null)).contains("Este mensaje necesita 1 sellos y usted tiene 0 para " + agencyName
				+ ". Compre sellos y envíelo de nuevo: no se envió ni se gastó nada.");
		assertThat(send("en", null)).contains("This message needs 1 stamp and you have 0 for " + agencyName
				+ ". Buy stamps, then send it again: nothing was sent or spent.");
	}

	@Test
	void aPhotoThatIsNotOneReadsInSpanishWithItsFileName() throws Exception {
		MockMultipartFile gif = new MockMultipartFile("photos", "gato.png", "image/png", TestImages.gif());
		assertThat(send("es", gif)).contains("gato.png: es una imagen GIF: solo se aceptan fotos JPEG y PNG");
		MockMultipartFile empty = new MockMultipartFile("photos", "vacia.jpg", "image/jpeg", new byte[] { 1, 2, 3 });
		assertThat(send("es", empty)).contains("vacia.jpg: no es una foto: solo se aceptan fotos JPEG y PNG");
	}

	private String send(String language, MockMultipartFile photo) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/messages");
		if (photo != null) {
			request.file(photo);
		}
		return mvc
			.perform(request.param("inmateId", inmate.toString())
				.param("draftId", UUID.randomUUID().toString())
				.param("key", UUID.randomUUID().toString())
				.param("body", "Hola, te extrañamos.")
				.cookie(new Cookie("homeward-lang", language))
				.with(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
