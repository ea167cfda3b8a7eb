package org.homeward.messaging;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.homeward.Json;
import org.homeward.SignedIn;
import org.homeward.directory.TestAgencies;
import org.homeward.shared.TenantId;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The people of a messaging test: families registered through the API (with stamps bought
 * with the sandbox card), inmates signed in at the kiosk, and agencies of a test's own
 * with the contact policy it needs.
 */
public final class Correspondents {

	private Correspondents() {
	}

	/** A kiosk token of the inmate (every demo and test inmate's PIN is 2468). */
	public static String kiosk(MockMvc mvc, String agencyCode, String inmateNumber) throws Exception {
		String answer = mvc
			.perform(post("/api/v1/kiosk/sessions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyCode\":\"%s\",\"inmateNumber\":\"%s\",\"pin\":\"2468\"}".formatted(agencyCode,
						inmateNumber)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + SignedIn.tokenFrom(answer);
	}

	public static UUID inmateId(JdbcClient jdbc, String agencyCode, String number) {
		return jdbc.sql("""
				select i.id from directory.inmate i join directory.agency a on a.id = i.agency_id
				 where a.code = :code and i.inmate_number = :number""")
			.param("code", agencyCode)
			.param("number", number)
			.query(UUID.class)
			.single();
	}

	/**
	 * An agency of the test's own, with a messaging contract copied from DEMO-DOC's but
	 * this contact policy.
	 */
	public static TenantId agency(JdbcClient jdbc, String contactPolicy, int cap, boolean invitationsNeedApproval) {
		TenantId agency = TestAgencies.create(jdbc, "FL");
		UUID contract = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into contracts.contract (id, agency_id, status, starts_on, service_ends_on, view_only_until,
						  export_retention_days, contact_policy, contact_cap, invitations_need_approval, screening_policy, hold_all_photos,
						  message_delivery, chars_per_page, max_chars, photos_allowed, max_photos, stamps_per_page, stamps_per_photo,
						  stamps_per_reply, currency, inmate_stamp_price_minor, deposit_max_minor, deposit_daily_max_minor,
						  deposit_30_day_max_minor, deposit_commission_minor, message_commission_minor, version, updated_at)
						select :id, :agency, status, starts_on, service_ends_on, view_only_until, export_retention_days, :policy, :cap,
						       :approval, screening_policy, hold_all_photos, message_delivery, chars_per_page, max_chars, photos_allowed,
						       max_photos, stamps_per_page, stamps_per_photo, stamps_per_reply, currency, inmate_stamp_price_minor,
						       deposit_max_minor, deposit_daily_max_minor, deposit_30_day_max_minor, deposit_commission_minor,
						       message_commission_minor, 0, updated_at
						  from contracts.contract where agency_id = (select id from directory.agency where code = 'DEMO-DOC')""")
			.param("id", contract)
			.param("agency", agency.value())
			.param("policy", contactPolicy)
			.param("cap", cap)
			.param("approval", invitationsNeedApproval)
			.update();
		jdbc.sql("insert into contracts.service (contract_id, service, enabled) values (:id, 'MESSAGING', true)")
			.param("id", contract)
			.update();
		jdbc.sql(
				"insert into contracts.stamp_bundle (id, contract_id, stamps, price_minor, active) values (:id, :c, 10, 400, true)")
			.param("id", UUID.randomUUID())
			.param("c", contract)
			.update();
		return agency;
	}

	/**
	 * Lets the test agency take deposits, online for a $3.00 fee up to $300.00.
	 * @return the agency's contract
	 */
	public static UUID takingDeposits(JdbcClient jdbc, TenantId agency) {
		UUID contract = jdbc.sql("select id from contracts.contract where agency_id = :a")
			.param("a", agency.value())
			.query(UUID.class)
			.single();
		jdbc.sql("insert into contracts.service (contract_id, service, enabled) values (:c, 'DEPOSITS', true)")
			.param("c", contract)
			.update();
		jdbc.sql("insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor)"
				+ " values (:c, 'ONLINE', 30000, 300)")
			.param("c", contract)
			.update();
		return contract;
	}

	/** An inmate in custody at the agency's EAST facility, with the kiosk PIN 2468. */
	public static UUID inmate(JdbcClient jdbc, TenantId agency, String number) {
		return inmate(jdbc, agency, "EAST", number);
	}

	/**
	 * An inmate in custody at the agency's facility of that code, with the kiosk PIN
	 * 2468.
	 */
	public static UUID inmate(JdbcClient jdbc, TenantId agency, String facilityCode, String number) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
						                              date_of_birth, facility_id, housing_unit_id, status, updated_at)
						select :id, :agency, :number, 'Luis', 'Ortega', 'luis', 'ortega', null, f.id, null, 'ACTIVE', :now
						  from directory.facility f where f.agency_id = :agency and f.code = :facility""")
			.param("id", id)
			.param("agency", agency.value())
			.param("facility", facilityCode)
			.param("number", number)
			.param("now", OffsetDateTime.now())
			.update();
		jdbc.sql(
				"""
						insert into accounts.inmate_pin (inmate_id, agency_id, pin_hash, failures, locked_until, updated_at, updated_by)
						select :id, :agency, pin_hash, 0, null, updated_at, null from accounts.inmate_pin
						 where inmate_id = (select id from directory.inmate where inmate_number = 'A100001')""")
			.param("id", id)
			.param("agency", agency.value())
			.update();
		return id;
	}

	/**
	 * A staff member of the agency with one role (password as the demo staff's), and a
	 * fresh API token of theirs.
	 */
	public static String staff(MockMvc mvc, JdbcClient jdbc, TenantId agency, String role) throws Exception {
		return "Bearer " + SignedIn.token(mvc, staffAccount(jdbc, agency, role));
	}

	/**
	 * A staff member of the agency with one role, signing in with the demo staff's
	 * password; their e-mail.
	 */
	public static String staffAccount(JdbcClient jdbc, TenantId agency, String role) {
		UUID id = UUID.randomUUID();
		String email = "staff-" + id + "@agency.test";
		jdbc.sql(
				"""
						insert into accounts.account (id, kind, email, password_hash, display_name, agency_id, facility_id, status, created_at)
						select :id, 'STAFF', :email, password_hash, 'Test Reviewer', :agency, null, 'ACTIVE', created_at
						  from accounts.account where email = :reviewer""")
			.param("id", id)
			.param("email", email)
			.param("agency", agency.value())
			.param("reviewer", SignedIn.DOC_REVIEWER)
			.update();
		jdbc.sql("insert into accounts.staff_role (account_id, role) values (:id, :role)")
			.param("id", id)
			.param("role", role)
			.update();
		return email;
	}

}
