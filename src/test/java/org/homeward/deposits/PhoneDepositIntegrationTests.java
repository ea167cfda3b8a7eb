package org.homeward.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.messaging.Correspondents;
import org.homeward.payments.Payments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A family calls support: the agent finds their account, sends money to their loved one
 * with the card read over the phone at the PHONE fee (shown before confirming, beside the
 * online fee), and is named in the deposit and the audit log; the card is not kept; the
 * agent sends the receipt again and refunds it, each with a reason. Support agents reach
 * the support console and nothing of an operator's.
 */
@PostgresIntegrationTest
class PhoneDepositIntegrationTests {

	static final String AGENT = "support@homeward.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	Payments payments;

	@Test
	void anAgentSendsMoneyByPhoneAtThePhoneFeeAndIsNamedForIt() throws Exception {
		UUID inmate = Correspondents.inmateId(jdbc, "DEMO-DOC", "A100016");
		Families.Family family = Families.register(mvc, "caller", inmate);
		PageSession agent = signIn();
		int cards = payments.methods(family.accountId()).size();

		mvc.perform(get("/support").param("q", family.email().substring(0, 12)).with(agent))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(family.email())));
		mvc.perform(get("/support/families/" + family.accountId()).with(agent))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("A100016")))
			.andExpect(content().string(Matchers.containsString("Make a deposit by phone")));
		mvc.perform(post("/support/families/" + family.accountId() + "/phone-deposit/confirm").with(agent)
			.with(csrf())
			.param("inmateId", inmate.toString())
			.param("amount", "20.00")
			.param("reason", "no internet at home"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("$5.95")))
			.andExpect(content().string(Matchers.containsString("$25.95")))
			.andExpect(content().string(Matchers.containsString("Online the fee would be $4.95")));

		long before = balance(inmate);
		String key = UUID.randomUUID().toString();
		String receipt = mvc.perform(phoneDeposit(family, inmate, key, "4242424242424242").with(agent))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/support/deposits/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID deposit = UUID.fromString(receipt.replace("/support/deposits/", ""));
		assertThat(balance(inmate) - before).isEqualTo(2000);
		assertThat(jdbc.sql("select channel, fee_minor, agent_id from deposits.deposit where id = :id")
			.param("id", deposit)
			.query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getObject(3))
			.single()).isEqualTo("PHONE 595 0a0c0000-0000-4000-8000-000000000051");
		assertThat(jdbc.sql(
				"select actor_label || ': ' || detail from audit.entry where action = 'deposits.phone-deposit' and subject = :id")
			.param("id", deposit.toString())
			.query(String.class)
			.single()).startsWith("Homeward Support: ").endsWith("no internet at home").contains("Visa 4242", "20.00");
		assertThat(payments.methods(family.accountId())).as("the card read over the phone is not kept").hasSize(cards);
		assertThat(TestMail.await(family.email(), "money sent")).contains("20.00", "5.95");

		// a second press of "Pay" sends nothing more
		mvc.perform(phoneDeposit(family, inmate, key, "4242424242424242").with(agent))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/support/deposits/" + deposit));
		assertThat(balance(inmate) - before).isEqualTo(2000);

		mvc.perform(get("/support/deposits/" + deposit).with(agent))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("By phone")));
		mvc.perform(
				post("/support/deposits/" + deposit + "/receipt").with(agent).with(csrf()).param("reason", "lost it"))
			.andExpect(flash().attribute("done", "receipt"));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> TestMail.count(family.email(), "money sent") == 2);
		// chargebacks are the operator's
		mvc.perform(post("/support/deposits/" + deposit + "/chargeback").with(agent)
			.with(csrf())
			.param("reason", "the bank says so")).andExpect(status().isForbidden());
		mvc.perform(post("/support/deposits/" + deposit + "/refund").with(agent).with(csrf()).param("reason", ""))
			.andExpect(flash().attributeExists("refused"));
		mvc.perform(post("/support/deposits/" + deposit + "/refund").with(agent)
			.with(csrf())
			.param("reason", "sent to the wrong person")).andExpect(flash().attribute("done", "refund"));
		assertThat(balance(inmate) - before).isZero();
		assertThat(jdbc
			.sql("select count(*) from audit.entry where subject = :id and actor_label = 'Homeward Support'"
					+ " and action in ('deposits.receipt-resent', 'deposit.refunded')")
			.param("id", deposit.toString())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void refusalsLoseNothing() throws Exception {
		UUID inmate = Correspondents.inmateId(jdbc, "DEMO-DOC", "A100017");
		Families.Family family = Families.register(mvc, "caller", inmate);
		Families.Family stranger = Families.register(mvc, "stranger", null);
		PageSession agent = signIn();
		// not the family's contact
		mvc.perform(phoneDeposit(stranger, inmate, UUID.randomUUID().toString(), "4242424242424242").with(agent))
			.andExpect(flash().attribute("refused", Matchers.containsString("active contacts")));
		// a declined card: nothing moves, and the card is not kept either
		long before = balance(inmate);
		mvc.perform(phoneDeposit(family, inmate, UUID.randomUUID().toString(), "4000000000000002").with(agent))
			.andExpect(flash().attribute("refused", Matchers.containsString("declined")));
		// a card number that is not one
		mvc.perform(phoneDeposit(family, inmate, UUID.randomUUID().toString(), "4242424242424241").with(agent))
			.andExpect(flash().attributeExists("refused"));
		assertThat(balance(inmate)).isEqualTo(before);
		assertThat(payments.methods(family.accountId())).isEmpty();
	}

	@Test
	void aSupportAgentIsNotAnOperator() throws Exception {
		PageSession agent = signIn();
		mvc.perform(get("/operator/agencies").with(agent)).andExpect(status().isForbidden());
		mvc.perform(get("/staff").with(agent)).andExpect(status().isForbidden());
		String token = SignedIn.tokenFrom(mvc
			.perform(post("/api/v1/sessions").contentType("application/json")
				.content("{\"email\":\"%s\",\"password\":\"Support#2026\"}".formatted(AGENT)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		mvc.perform(get("/api/v1/admin/retail/held-payments").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		// and families cannot reach the support console
		Families.Family family = Families.register(mvc, "curious", null);
		PageSession familySession = PageSession
			.of(mvc.perform(formLogin("/login").user(family.email()).password(Families.PASSWORD)).andReturn());
		mvc.perform(get("/support").with(familySession)).andExpect(status().isForbidden());
	}

	private PageSession signIn() throws Exception {
		return PageSession.of(mvc.perform(formLogin("/login").user(AGENT).password("Support#2026")).andReturn());
	}

	private static MockHttpServletRequestBuilder phoneDeposit(Families.Family family, UUID inmate, String key,
			String card) {
		return post("/support/families/" + family.accountId() + "/phone-deposit").with(csrf())
			.param("inmateId", inmate.toString())
			.param("amount", "20.00")
			.param("reason", "no internet at home")
			.param("key", key)
			.param("cardNumber", card)
			.param("expiryMonth", "12")
			.param("expiryYear", "2030")
			.param("cvc", "123")
			.param("cardholderName", "Rosa Diaz")
			.param("line1", "1 Main St")
			.param("city", "Miami")
			.param("region", "FL")
			.param("postalCode", "33101");
	}

	private long balance(UUID inmate) {
		return ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, inmate));
	}

}
