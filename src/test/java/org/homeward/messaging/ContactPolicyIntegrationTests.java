package org.homeward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.PublishedEvents;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactStatusChanged;
import org.homeward.directory.TestAgencies;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Each contact policy as families and inmates meet it; the cap; blocks from either side.
 */
@PostgresIntegrationTest
class ContactPolicyIntegrationTests {

	private static final Pattern CODE = Pattern.compile("\\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedEvents published;

	@Test
	void anInmateInvitesAPersonWhoAcceptsWithTheCodeWhileItIsValid() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "INMATE_INITIATED", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		String number = number();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		String kiosk = Correspondents.kiosk(mvc, code, number);
		Families.Family family = Families.register(mvc, "invited", null);

		request(family, inmate).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("contact-by-inmate"));
		invite(kiosk, "Rosa Diaz", family.email()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SENT"));
		invite(kiosk, "Rosa Diaz", family.email()).andExpect(status().isConflict());
		String mail = TestMail.await(family.email(), "wants to write to you");
		assertThat(mail).contains("Luis Ortega", number);
		String identification = code(mail);

		accept(family, "nonsense-code", null).andExpect(status().isNotFound());
		// the code is good only for the address it was sent to: anyone else who learns it
		// finds nothing
		Families.Family someoneElse = Families.register(mvc, "not-invited", null);
		accept(someoneElse, identification, null).andExpect(status().isNotFound());
		accept(family, identification.toLowerCase(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.inmate.inmateNumber").value(number));
		accept(family, identification, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("code-used"));
		mvc.perform(get("/api/v1/kiosk/contacts").header("Authorization", kiosk))
			.andExpect(jsonPath("$.contacts[0].accountId").value(family.accountId().toString()))
			.andExpect(jsonPath("$.contacts[0].name").value("Rosa Diaz"))
			.andExpect(jsonPath("$.invitations[0].status").value("ACCEPTED"));

		Families.Family late = Families.register(mvc, "late", null);
		invite(kiosk, "Tom Late", late.email()).andExpect(status().isCreated());
		String lateCode = code(TestMail.await(late.email(), "wants to write to you"));
		jdbc.sql("update contacts.invitation set expires_at = :past where lower(email) = :email")
			.param("past", OffsetDateTime.now().minusDays(1))
			.param("email", late.email().toLowerCase())
			.update();
		accept(late, lateCode, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("code-expired"))
			.andExpect(jsonPath("$.detail", containsString("expired on")));

		Families.Family unwanted = Families.register(mvc, "unwanted", null);
		invite(kiosk, "Someone", unwanted.email()).andExpect(status().isCreated());
		accept(unwanted, code(TestMail.await(unwanted.email(), "wants to write to you")), "BLOCK")
			.andExpect(jsonPath("$.status").value("BLOCKED"))
			.andExpect(jsonPath("$.blockedBy").value("FAMILY"));
		mvc.perform(post("/api/v1/kiosk/messages").header("Authorization", kiosk)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"%s\",\"body\":\"Hello?\"}".formatted(unwanted.accountId())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("contact-not-active"));
	}

	@Test
	void staffApproveInvitationsWhereTheAgencyWantsItAndOtherAgenciesSeeNothing() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "INMATE_INITIATED", 30, true);
		String number = number();
		Correspondents.inmate(jdbc, agency, number);
		String kiosk = Correspondents.kiosk(mvc, TestAgencies.code(jdbc, agency), number);
		String staff = staffOf(agency);
		String email = "approved-" + UUID.randomUUID() + "@example.com";

		String invitation = JsonPath.read(invite(kiosk, "Ana Approved", email).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String otherStaff = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_REVIEWER);
		decide(otherStaff, "/api/v1/staff/invitations/" + invitation, "APPROVE").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff/contacts/pending").header("Authorization", otherStaff))
			.andExpect(jsonPath("$.invitations[?(@.id == '%s')]".formatted(invitation)).isEmpty());
		mvc.perform(get("/api/v1/staff/contacts/pending").header("Authorization", staff))
			.andExpect(jsonPath("$.invitations[0].id").value(invitation));

		decide(staff, "/api/v1/staff/invitations/" + invitation, "APPROVE").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT"));
		decide(staff, "/api/v1/staff/invitations/" + invitation, "APPROVE").andExpect(status().isConflict());
		assertThat(code(TestMail.await(email, "wants to write to you"))).isNotBlank();
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'invitation.approved' and subject = :id")
			.param("id", invitation)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void staffApprovedAgenciesMakeFamiliesWaitAndTheCapHolds() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "STAFF_APPROVED", 2, false);
		UUID inmate = Correspondents.inmate(jdbc, agency, number());
		Families.Family first = Families.register(mvc, "first", inmate);
		Families.Family second = Families.register(mvc, "second", null);
		Families.Family third = Families.register(mvc, "third", null);

		String contact = JsonPath.read(mvc.perform(get("/api/v1/contacts").header("Authorization", first.bearer()))
			.andExpect(jsonPath("$[0].status").value("PENDING_APPROVAL"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		request(second, inmate).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"));
		request(third, inmate).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("contact-cap-reached"))
			.andExpect(jsonPath("$.detail", containsString("already has 2 contacts")));

		mvc.perform(post("/api/v1/messages/quote").header("Authorization", first.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"Hi\"}".formatted(inmate)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("contact-pending"));
		String staff = staffOf(agency);
		decide(staff, "/api/v1/staff/contacts/" + contact, "APPROVE").andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(post("/api/v1/messages/quote").header("Authorization", first.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"Hi\"}".formatted(inmate))).andExpect(status().isOk());

		mvc.perform(post("/api/v1/contacts/" + contact + "/block").header("Authorization", first.bearer()))
			.andExpect(jsonPath("$.status").value("BLOCKED"));
		mvc.perform(post("/api/v1/messages/quote").header("Authorization", first.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"Hi\"}".formatted(inmate)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("contact-blocked"));
		String kiosk = Correspondents.kiosk(mvc, TestAgencies.code(jdbc, agency),
				jdbc.sql("select inmate_number from directory.inmate where id = :id")
					.param("id", inmate)
					.query(String.class)
					.single());
		mvc.perform(post("/api/v1/kiosk/contacts/" + contact + "/unblock").header("Authorization", kiosk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("blocked-by-other-side"));
		mvc.perform(post("/api/v1/contacts/" + contact + "/block").header("Authorization", second.bearer()))
			.andExpect(status().isNotFound());
		request(third, inmate).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/contacts/" + contact + "/unblock").header("Authorization", first.bearer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("contact-cap-reached"));

		// each move told to the other modules once, in order; the refused unblock moved
		// nothing
		assertThat(published.of(ContactStatusChanged.class, e -> e.contactId().toString().equals(contact)))
			.extracting(ContactStatusChanged::from, ContactStatusChanged::to)
			.containsExactly(tuple(null, ContactStatus.PENDING_APPROVAL),
					tuple(ContactStatus.PENDING_APPROVAL, ContactStatus.ACTIVE),
					tuple(ContactStatus.ACTIVE, ContactStatus.BLOCKED));
		assertThat(published.of(ContactStatusChanged.class, e -> e.contactId().toString().equals(contact)))
			.allSatisfy(e -> assertThat(e.agency()).isEqualTo(agency))
			.allSatisfy(e -> assertThat(e.inmateId()).isEqualTo(inmate));
	}

	private String staffOf(TenantId agency) throws Exception {
		return Correspondents.staff(mvc, jdbc, agency, "MAILROOM_REVIEWER");
	}

	private ResultActions request(Families.Family family, UUID inmate) throws Exception {
		return mvc.perform(post("/api/v1/contacts").header("Authorization", family.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\"}".formatted(inmate)));
	}

	private ResultActions invite(String kiosk, String name, String email) throws Exception {
		return mvc.perform(post("/api/v1/kiosk/contacts").header("Authorization", kiosk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\",\"email\":\"%s\"}".formatted(name, email)));
	}

	private ResultActions accept(Families.Family family, String code, String decision) throws Exception {
		return mvc.perform(post("/api/v1/contacts/accept").header("Authorization", family.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(decision == null ? "{\"code\":\"%s\"}".formatted(code)
					: "{\"code\":\"%s\",\"decision\":\"%s\"}".formatted(code, decision)));
	}

	private ResultActions decide(String staff, String path, String decision) throws Exception {
		return mvc.perform(post(path + "/decision").header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"%s\"}".formatted(decision)));
	}

	private static String code(String mail) {
		Matcher matcher = CODE.matcher(mail);
		if (!matcher.find()) {
			throw new AssertionError("no identification code in " + mail);
		}
		return matcher.group();
	}

	private static String number() {
		return "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

}
