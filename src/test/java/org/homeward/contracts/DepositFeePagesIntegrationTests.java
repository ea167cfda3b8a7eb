package org.homeward.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.directory.TestAgencies;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An agency's administrator changes its deposit fees on a page: bad tiers are refused
 * with every error named and nothing saved; a good change is shown with what families
 * will pay before it is saved, then applies to new deposits (a deposit already made keeps
 * its fee), is audited and appears on the public price page.
 */
@PostgresIntegrationTest
class DepositFeePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorChangesTheOnlineFeesAndFamiliesPayTheNewFeeFromThen() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		Correspondents.takingDeposits(jdbc, agency);
		String code = TestAgencies.code(jdbc, agency);
		UUID inmate = Correspondents.inmate(jdbc, agency, "D" + UUID.randomUUID().toString().substring(0, 6));
		Families.Family family = Families.register(mvc, "fees", inmate);
		String before = deposit(family, inmate);
		PageSession admin = PageSession
			.of(mvc.perform(formLogin("/login").user(Correspondents.staffAccount(jdbc, agency, "AGENCY_ADMIN"))
				.password(SignedIn.STAFF_PASSWORD)).andReturn());

		mvc.perform(get("/staff/contract/fees").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"300.00\"")))
			.andExpect(content().string(containsString("value=\"3.00\"")));
		// overlapping tiers, a negative fee and a last tier short of the $300.00 limit
		mvc.perform(tiers(admin, "/staff/contract/fees/review", "50.00", "2.00", "40.00", "-1.00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("overlaps the one before it (up to $50.00)")))
			.andExpect(content().string(containsString("A fee cannot be below zero.")))
			.andExpect(content().string(containsString("href=\"#tiers-1-upTo\"")));
		mvc.perform(tiers(admin, "/staff/contract/fees/review", "100.00", "2.00"))
			.andExpect(
					content().string(containsString("The last tier must reach the most one deposit can be ($300.00)")));
		mvc.perform(tiers(admin, "/staff/contract/fees", "ten", "2.00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write an amount such as 4.95.")));
		assertThat(fees(agency)).isEqualTo("30000:300");

		mvc.perform(tiers(admin, "/staff/contract/fees/review", "50.00", "1.95", "300.00", "3.95"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A deposit of $20.00: fee $3.00 now, $1.95 from now on")))
			.andExpect(content().string(containsString("A deposit of $100.00: fee $3.00 now, $3.95 from now on")));
		assertThat(fees(agency)).isEqualTo("30000:300");
		mvc.perform(tiers(admin, "/staff/contract/fees", "50.00", "1.95", "300.00", "3.95"))
			.andExpect(status().is3xxRedirection());
		assertThat(fees(agency)).isEqualTo("5000:195,30000:395");

		assertThat(jdbc.sql("""
				select detail from audit.entry where agency_id = :a and action = 'contract.deposit-fees-changed'""")
			.param("a", agency.value())
			.query(String.class)
			.single()).isEqualTo("up to 50.00: 1.95, up to 300.00: 3.95 (was: up to 300.00: 3.00)");
		mvc.perform(get("/prices/{code}", code))
			.andExpect(content().string(containsString("Online, up to $50.00")))
			.andExpect(content().string(containsString("$1.95")))
			.andExpect(content().string(not(containsString("$3.00"))));
		String after = deposit(family, inmate);
		assertThat(fee(before)).isEqualTo(300);
		assertThat(fee(after)).isEqualTo(195);

		// the administrator of another agency changes their own agency's fees only
		PageSession other = PageSession
			.of(mvc.perform(formLogin("/login").user(SignedIn.DOC_REVIEWER).password(SignedIn.STAFF_PASSWORD))
				.andReturn());
		mvc.perform(get("/staff/contract/fees").with(other)).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder tiers(PageSession session, String path, String... upToAndFee) {
		MockHttpServletRequestBuilder request = post(path).param("channel", "ONLINE").with(session).with(csrf());
		for (int i = 0; i < upToAndFee.length; i += 2) {
			request.param("upTo", upToAndFee[i]).param("fee", upToAndFee[i + 1]);
		}
		return request.param("upTo", "").param("fee", "");
	}

	private String fees(TenantId agency) {
		return String.join(",",
				jdbc.sql("""
						select t.up_to_minor || ':' || t.fee_minor from contracts.deposit_fee_tier t
						  join contracts.contract c on c.id = t.contract_id
						 where c.agency_id = :a and t.channel = 'ONLINE' order by t.up_to_minor""")
					.param("a", agency.value())
					.query(String.class)
					.list());
	}

	private String deposit(Families.Family family, UUID inmate) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/deposits")
			.header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\"}"
						.formatted(inmate, Families.card(mvc, family.bearer(), Families.APPROVED_CARD))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").exists())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private long fee(String deposit) {
		return jdbc.sql("select fee_minor from deposits.deposit where id = :id")
			.param("id", UUID.fromString(deposit))
			.query(Long.class)
			.single();
	}

}
