package org.homeward.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log on the console: an administrator finds their agency's entries by who,
 * what, which record and when, never another agency's; the chain check says it holds;
 * staff without the role are refused.
 */
@PostgresIntegrationTest
class AuditPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anAdministratorSearchesTheirAgencysEntriesAndChecksTheChain() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		TenantId other = Correspondents.agency(jdbc, "OPEN", 30, false);
		String ours = TestWords.unique("ours", 8);
		String theirs = TestWords.unique("theirs", 8);
		transactions.executeWithoutResult(status -> {
			audit.record(new AuditEntry(UUID.randomUUID(), "Pat Quinn", agency, "restriction.added", ours,
					"NO_MEDIA until lifted: contraband", null));
			audit.record(new AuditEntry(UUID.randomUUID(), "Pat Quinn", agency, "contact.approved", ours, null, null));
			audit.record(new AuditEntry(UUID.randomUUID(), "Lee Other", other, "restriction.added", theirs,
					"NO_MESSAGING", null));
		});
		PageSession admin = PageSession
			.of(mvc.perform(formLogin("/login").user(Correspondents.staffAccount(jdbc, agency, "AGENCY_ADMIN"))
				.password(SignedIn.STAFF_PASSWORD)).andReturn());

		mvc.perform(get("/staff/audit").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ours)))
			.andExpect(content().string(not(containsString(theirs))));
		mvc.perform(get("/staff/audit").param("action", "restriction.").param("actor", "quinn").with(admin))
			.andExpect(content().string(containsString("contraband")))
			.andExpect(content().string(not(containsString("contact.approved"))));
		mvc.perform(get("/staff/audit").param("subject", theirs).with(admin))
			.andExpect(content().string(containsString("No entry matches.")));
		mvc.perform(get("/staff/audit").param("action", "%").with(admin))
			.andExpect(content().string(containsString("No entry matches.")));
		mvc.perform(post("/staff/audit/check").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("broken", -1L));
		mvc.perform(get("/staff/audit").with(PageSession
			.of(mvc.perform(formLogin("/login").user(SignedIn.DOC_REVIEWER).password(SignedIn.STAFF_PASSWORD))
				.andReturn())))
			.andExpect(status().isForbidden());
	}

}
