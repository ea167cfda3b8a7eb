package org.homeward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestWords;
import org.homeward.messaging.Correspondents;
import org.homeward.screening.internal.ScreeningLists;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The screening lists on the console: an administrator adds a phrase, "test this text"
 * marks it (in any case and with look-alike digits) and says the message would be held,
 * then removes it; a reviewer watches an e-mail address and takes it off; a reviewer
 * cannot change the phrase list; every change is audited.
 */
@PostgresIntegrationTest
class ScreeningListsPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScreeningLists lists;

	@Test
	void anAdministratorTestsAPhraseAndAReviewerWatchesSomeone() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		PageSession admin = signIn(Correspondents.staffAccount(jdbc, agency, "AGENCY_ADMIN"));
		PageSession reviewer = signIn(Correspondents.staffAccount(jdbc, agency, "MAILROOM_REVIEWER"));
		String word = TestWords.unique("tunnel", 6);

		mvc.perform(post("/staff/screening/test").param("text", "Nothing to see here.").with(admin).with(csrf()))
			.andExpect(content().string(containsString("Nothing would be flagged")));
		mvc.perform(post("/staff/screening/keywords").param("phrase", word)
			.param("category", "security")
			.with(admin)
			.with(csrf())).andExpect(flash().attributeExists("done"));
		mvc.perform(post("/staff/screening/test").param("text", "We dig the " + word.toUpperCase() + " tonight.")
			.with(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 phrase would be flagged")))
			.andExpect(content().string(containsString("<mark title=\"SECURITY\">" + word.toUpperCase() + "</mark>")));
		// the same phrase again is refused, in words
		mvc.perform(post("/staff/screening/keywords").param("phrase", word)
			.param("category", "security")
			.with(admin)
			.with(csrf())).andExpect(flash().attribute("refused", "The list already has this phrase."));
		UUID keyword = lists.keywords(agency)
			.stream()
			.filter(k -> k.phrase().equals(word))
			.findFirst()
			.orElseThrow()
			.id();
		mvc.perform(post("/staff/screening/keywords/" + keyword + "/remove").with(reviewer).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/screening/keywords/" + keyword + "/remove").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(lists.keywords(agency)).noneMatch(k -> k.phrase().equals(word));

		String email = word + "@example.com";
		mvc.perform(post("/staff/screening/watch").param("kind", "EMAIL")
			.param("entry", email)
			.param("reason", "Threats to a witness")
			.with(reviewer)
			.with(csrf())).andExpect(flash().attributeExists("done"));
		mvc.perform(get("/staff/screening").with(reviewer)).andExpect(content().string(containsString(email)));
		UUID watched = lists.watchList(agency)
			.stream()
			.filter(w -> w.entry().equals(email))
			.findFirst()
			.orElseThrow()
			.id();
		mvc.perform(post("/staff/screening/watch/" + watched + "/remove").with(reviewer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(lists.watchList(agency)).isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from audit.entry where agency_id = :a and action in ('screening.keyword-added',
				       'screening.keyword-removed')""").param("a", agency.value()).query(Integer.class).single())
			.isEqualTo(2);
		mvc.perform(get("/staff/screening").with(signIn(SignedIn.DOC_REVIEWER)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(email))));
	}

	private PageSession signIn(String email) throws Exception {
		return PageSession
			.of(mvc.perform(formLogin("/login").user(email).password(SignedIn.STAFF_PASSWORD)).andReturn());
	}

}
