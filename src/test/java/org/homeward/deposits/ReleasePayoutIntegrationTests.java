package org.homeward.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.deposits.internal.ReleasePayouts;
import org.homeward.directory.TestAgencies;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When the roster releases someone, what is left on their account goes out without a fee:
 * back to the family cards it came from where the agency allows it (newest deposits
 * first, each up to its amount), else to the agency's trust office and its file; every
 * cent balanced in the ledger, once.
 */
@PostgresIntegrationTest
class ReleasePayoutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	ReleasePayouts releases;

	@Test
	void whatIsLeftGoesBackToTheCardsItCameFromNewestFirst() throws Exception {
		TenantId agency = agency(true);
		UUID inmate = inmate(agency);
		Families.Family family = Families.register(mvc, "released", inmate);
		String card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD).toString();
		deposit(family, inmate, card, "20.00");
		deposit(family, inmate, card, "30.00");
		// 10 of the inmate's own stamps at the kiosk: $4.50 spent
		String number = jdbc.sql("select inmate_number from directory.inmate where id = :id")
			.param("id", inmate)
			.query(String.class)
			.single();
		mvc.perform(post("/api/v1/kiosk/stamp-purchases")
			.header("Authorization", Correspondents.kiosk(mvc, TestAgencies.code(jdbc, agency), number))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stamps\":10}")).andExpect(status().isCreated());
		assertThat(balance(inmate)).isEqualTo(4550);

		release(inmate);
		assertThat(releases.payOutReleased()).isPositive();
		assertThat(balance(inmate)).isZero();
		assertThat(jdbc.sql("""
				select p.method || ' ' || p.amount_minor || ' ' || d.amount_minor from deposits.release_payout p
				  join deposits.deposit d on d.id = p.deposit_id where p.inmate_id = :i order by p.amount_minor desc""")
			.param("i", inmate)
			.query(String.class)
			.list()).containsExactly("CARD_REFUND 3000 3000", "CARD_REFUND 1550 2000");
		assertThat(ledger.balance(new AccountKey(AccountKind.RELEASE_PAYABLE, Unit.USD, agency.value()))).isZero();
		Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> TestMail.count(family.email(), "Money returned to your card") == 2);
		assertThat(TestMail.await(family.email(), "Money returned to your card")).contains("without a fee");

		// paid out once: nothing is left, nothing moves again
		releases.payOutReleased();
		assertThat(jdbc.sql("select count(*) from deposits.release_payout where inmate_id = :i")
			.param("i", inmate)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(ledger.statement(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, inmate), 10))
			.anyMatch(line -> line.kind().equals("release-payout") && line.amountMinor() == -3000);
	}

	@Test
	void elsewhereTheTrustOfficePaysItOutFromItsFile() throws Exception {
		TenantId agency = agency(false);
		UUID inmate = inmate(agency);
		Families.Family family = Families.register(mvc, "trust", inmate);
		deposit(family, inmate, Families.card(mvc, family.bearer(), Families.APPROVED_CARD).toString(), "20.00");
		long owedBefore = ledger.balance(new AccountKey(AccountKind.RELEASE_PAYABLE, Unit.USD, agency.value()));

		release(inmate);
		releases.payOutReleased();
		assertThat(balance(inmate)).isZero();
		assertThat(ledger.balance(new AccountKey(AccountKind.RELEASE_PAYABLE, Unit.USD, agency.value())) - owedBefore)
			.isEqualTo(2000);
		String number = jdbc.sql("select inmate_number from directory.inmate where id = :id")
			.param("id", inmate)
			.query(String.class)
			.single();
		String file = mvc
			.perform(get("/api/v1/agencies/" + TestAgencies.code(jdbc, agency) + "/release-payouts/"
					+ LocalDate.now(ZoneOffset.UTC) + ".csv")
				.header("Authorization", "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(file).startsWith("payout_id,method,inmate_number,payee,amount,currency,paid_at,reference")
			.contains("TRUST_OFFICE," + number + ",Luis Ortega,20.00,USD");
		// another agency's administrator does not reach it
		mvc.perform(get("/api/v1/agencies/" + TestAgencies.code(jdbc, agency) + "/release-payouts/"
				+ LocalDate.now(ZoneOffset.UTC) + ".csv")
			.header("Authorization", "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN)))
			.andExpect(status().isNotFound());
	}

	private TenantId agency(boolean refundsToCards) {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		UUID contract = Correspondents.takingDeposits(jdbc, agency);
		jdbc.sql("update contracts.contract set release_refunds_to_cards = :cards where id = :c")
			.param("cards", refundsToCards)
			.param("c", contract)
			.update();
		return agency;
	}

	private UUID inmate(TenantId agency) {
		return Correspondents.inmate(jdbc, agency, "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
	}

	private void deposit(Families.Family family, UUID inmate, String card, String amount) throws Exception {
		mvc.perform(post("/api/v1/deposits").header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\"}"
						.formatted(inmate, amount, card)))
			.andExpect(status().isCreated());
	}

	private void release(UUID inmate) {
		jdbc.sql("update directory.inmate set status = 'RELEASED' where id = :id").param("id", inmate).update();
	}

	private long balance(UUID inmate) {
		return ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, inmate));
	}

}
