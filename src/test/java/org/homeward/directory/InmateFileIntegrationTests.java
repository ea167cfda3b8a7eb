package org.homeward.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An inmate's page on the staff console: opened from the search, it shows each module's
 * part to the roles that may see it, and its actions (a restriction set and lifted with
 * reasons, a new kiosk PIN, a contact verified as legal mail) act, are audited and are
 * refused to the wrong role and to another agency.
 */
@PostgresIntegrationTest
class InmateFileIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Restrictions restrictions;

	@Test
	void anAdministratorOpensAnInmateFromTheSearchAndActsOnTheirPage() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		String number = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		Families.Family family = Families.register(mvc, "inmate-file", inmate);
		PageSession admin = signIn(Correspondents.staffAccount(jdbc, agency, "AGENCY_ADMIN"));

		mvc.perform(get("/staff/inmates").param("q", number).with(admin))
			.andExpect(content().string(containsString("/staff/inmates/" + inmate)));
		String page = "/staff/inmates/" + inmate;
		mvc.perform(get(page).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ortega, Luis")))
			.andExpect(content().string(containsString("Restrictions")))
			.andExpect(content().string(containsString("Kiosk PIN")))
			.andExpect(content().string(containsString("Contacts")))
			.andExpect(content().string(containsString("Money")))
			.andExpect(content().string(containsString("Balance: $0.00")));

		// a reason is needed: nothing is changed without one
		mvc.perform(post(page + "/restrictions").param("kind", "NO_MESSAGING")
			.param("reason", " ")
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refused"));
		assertThat(restrictions.activeOn(inmate, LocalDate.now())).isEmpty();
		mvc.perform(post(page + "/restrictions").param("kind", "NO_MESSAGING")
			.param("until", LocalDate.now().plusDays(10).toString())
			.param("reason", "Contraband found in mail")
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("done"));
		Restriction set = restrictions.activeOn(inmate, LocalDate.now()).get(0);
		assertThat(set.kind()).isEqualTo(RestrictionKind.NO_MESSAGING);
		mvc.perform(get(page).with(admin)).andExpect(content().string(containsString("Contraband found in mail")));

		mvc.perform(post(page + "/restrictions/" + set.id() + "/lift").param("reason", "Hearing found no fault")
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(restrictions.activeOn(inmate, LocalDate.now())).isEmpty();
		assertThat(audited(inmate, "restriction.added")).isEqualTo(1);
		assertThat(audited(inmate, "restriction.lifted")).isEqualTo(1);

		// a new PIN lets the inmate sign in at the kiosk with it
		mvc.perform(post(page + "/pin").param("pin", "12").with(admin).with(csrf()))
			.andExpect(flash().attributeExists("refused"));
		mvc.perform(post(page + "/pin").param("pin", "975310").with(admin).with(csrf()))
			.andExpect(flash().attributeExists("done"));
		mvc.perform(post("/api/v1/kiosk/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"%s\",\"inmateNumber\":\"%s\",\"pin\":\"975310\"}".formatted(code, number)))
			.andExpect(status().isCreated());

		// the family's contact verified as an attorney: the bar number is needed
		String contact = jdbc.sql("select cast(id as varchar) from contacts.contact where inmate_id = :i")
			.param("i", inmate)
			.query(String.class)
			.single();
		mvc.perform(post(page + "/contacts/" + contact + "/legal").param("kind", "ATTORNEY").with(admin).with(csrf()))
			.andExpect(flash().attributeExists("refused"));
		mvc.perform(post(page + "/contacts/" + contact + "/legal").param("kind", "ATTORNEY")
			.param("barNumber", "FL-0042")
			.with(admin)
			.with(csrf())).andExpect(flash().attributeExists("done"));
		mvc.perform(get(page).with(admin))
			.andExpect(content().string(containsString("Verified (attorney or advocate)")))
			.andExpect(
					content().string(containsString(jdbc.sql("select display_name from accounts.account where id = :id")
						.param("id", family.accountId())
						.query(String.class)
						.single())));
	}

	@Test
	void eachRoleSeesItsPartsAndAnotherAgencyNothing() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		UUID inmate = Correspondents.inmate(jdbc, agency, "Q" + UUID.randomUUID().toString().substring(0, 6));
		String page = "/staff/inmates/" + inmate;
		PageSession investigator = signIn(Correspondents.staffAccount(jdbc, agency, "INVESTIGATOR"));
		mvc.perform(get(page).with(investigator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Messages")))
			.andExpect(content().string(not(containsString("Kiosk PIN"))))
			.andExpect(content().string(not(containsString("Suspend a privilege"))));
		mvc.perform(post(page + "/pin").param("pin", "123456").with(investigator).with(csrf()))
			.andExpect(status().isForbidden());
		PageSession other = signIn(SignedIn.DOC_ADMIN);
		mvc.perform(get(page).with(other)).andExpect(status().isNotFound());
		mvc.perform(
				post(page + "/restrictions").param("kind", "NO_MEDIA").param("reason", "x").with(other).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(restrictions.activeOn(inmate, LocalDate.now())).isEmpty();
	}

	private int audited(UUID inmate, String action) {
		return jdbc.sql("select count(*) from audit.entry where action = :a and subject = :s")
			.param("a", action)
			.param("s", inmate.toString())
			.query(Integer.class)
			.single();
	}

	private PageSession signIn(String email) throws Exception {
		return PageSession
			.of(mvc.perform(formLogin("/login").user(email).password(SignedIn.STAFF_PASSWORD)).andReturn());
	}

}
