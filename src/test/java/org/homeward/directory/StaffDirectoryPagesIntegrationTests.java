package org.homeward.directory;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class StaffDirectoryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theStaffConsoleNeedsASignIn() throws Exception {
		mvc.perform(get("/staff/inmates")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signInWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", SignedIn.DOC_REVIEWER).param("password", SignedIn.STAFF_PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWrongPasswordReturnsToTheSignInPage() throws Exception {
		mvc.perform(formLogin("/login").user(SignedIn.DOC_REVIEWER).password("nope"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aReviewerSearchesTheirAgencyByName() throws Exception {
		PageSession session = signIn(SignedIn.DOC_REVIEWER);
		mvc.perform(get("/staff").with(session))
			.andExpect(content().string(containsString("Demo DOC Mailroom")))
			.andExpect(content().string(Matchers.not(containsString("Roster import"))));
		mvc.perform(get("/staff/inmates").param("q", "johnson").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A100001")))
			.andExpect(content().string(containsString("Johnson, James")));
		mvc.perform(get("/staff/roster").with(session)).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorUploadsARosterAndSeesTheReport() throws Exception {
		PageSession session = signIn(SignedIn.DOC_ADMIN);
		String number = "Y" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "text/csv",
				("inmate_number,last_name,first_name,date_of_birth,facility_code,housing_unit\n" + number
						+ ",Tester,Pat,1980-01-01,NORTH,A-WING\nBAD!,X,Y,,NORTH,\n")
					.getBytes());
		mvc.perform(multipart("/staff/roster").file(file).param("mode", "PARTIAL").with(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("2 rows read: 1 new, 0 updated, 0 transferred, 0 released, 1 rejected.")))
			.andExpect(content().string(containsString("inmate_number must be 1 to 32 letters")));
	}

	@Test
	void anotherAgencysStaffCannotSeeThisOne() throws Exception {
		PageSession session = signIn(SignedIn.FED_REVIEWER);
		mvc.perform(get("/staff/inmates").param("q", "johnson").with(session))
			.andExpect(content().string(Matchers.not(containsString("A100001"))));
	}

	private PageSession signIn(String email) throws Exception {
		return PageSession.of(mvc.perform(formLogin("/login").user(email).password(SignedIn.STAFF_PASSWORD))
			.andExpect(redirectedUrl("/home"))
			.andReturn());
	}

}
