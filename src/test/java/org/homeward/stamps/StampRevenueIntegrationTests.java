package org.homeward.stamps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.homeward.PostgresIntegrationTest;
import org.homeward.directory.TestAgencies;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.messaging.Correspondents;
import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardDetails;
import org.homeward.payments.Payments;
import org.homeward.shared.Caller;
import org.homeward.shared.TenantId;
import org.homeward.stamps.internal.StampPurchases;
import org.homeward.stamps.internal.StampRefunds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Money paid for stamps is earned when they are spent, at the price paid, oldest purchase
 * first; stamps given back are owed to the family again; and whatever happens, every
 * bundle's price is earned or refunded to the cent.
 */
@PostgresIntegrationTest
class StampRevenueIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StampPurchases purchases;

	@Autowired
	StampRefunds refunds;

	@Autowired
	Stamps stamps;

	@Autowired
	Payments payments;

	@Autowired
	Ledger ledger;

	@Test
	void spentStampsAreEarnedAtThePricePaidAndGivenBackExactly() {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		UUID threeForADollar = bundle(agency, 3, 100);
		UUID tenForFour = jdbc.sql("""
				select b.id from contracts.stamp_bundle b join contracts.contract c on c.id = b.contract_id
				 where c.agency_id = :agency and b.stamps = 10""")
			.param("agency", agency.value())
			.query(UUID.class)
			.single();
		UUID family = UUID.randomUUID();
		UUID card = payments
			.add(family,
					new CardDetails("4242424242424242", 12, 2030, "123", "Test",
							new BillingAddress("1 Main St", null, "Miami", "FL", "33101", "US")))
			.id();
		purchases.purchase(family, "", UUID.randomUUID().toString(), code, threeForADollar, card, Locale.ENGLISH);
		purchases.purchase(family, "", UUID.randomUUID().toString(), code, tenForFour, card, Locale.ENGLISH);
		assertThat(deferred(agency)).isEqualTo(500);
		assertThat(earned(agency)).isZero();

		String run = UUID.randomUUID() + "-";
		// one stamp of the dollar bundle is 33 cents, two are 66, all three a dollar
		assertThat(stamps.spend(family, agency, 1, run + "m1", "a message")).isTrue();
		assertThat(earned(agency)).isEqualTo(33);
		assertThat(stamps.spend(family, agency, 1, run + "m1", "a message")).isTrue();
		assertThat(earned(agency)).isEqualTo(33);
		assertThat(stamps.spend(family, agency, 4, run + "m2", "a longer message")).isTrue();
		assertThat(earned(agency)).isEqualTo(100 + 80);

		// a rejected message gives back what it cost, newest purchase first
		stamps.refund(family, agency, 4, run + "m2", run + "m2-rejected", "rejected");
		stamps.refund(family, agency, 4, run + "m2", run + "m2-rejected", "rejected");
		assertThat(earned(agency)).isEqualTo(33);
		assertThat(stamps.balance(family, agency)).isEqualTo(12);
		assertThat(stamps.spend(family, agency, 3, run + "m3", "again")).isTrue();
		assertThat(earned(agency)).isEqualTo(100 + 40);

		refunds.refundUnspent(family, agency, "contract ended",
				new Caller(UUID.randomUUID(), Caller.Kind.OPERATOR, "operator", null, null, Set.of()));
		assertThat(stamps.balance(family, agency)).isZero();
		assertThat(deferred(agency)).isZero();
		assertThat(earned(agency)).isEqualTo(140);
		assertThat(jdbc.sql("select coalesce(sum(amount_minor), 0) from stamps.refund where account_id = :f")
			.param("f", family)
			.query(Long.class)
			.single()).isEqualTo(500 - 140);
		assertThat(ledger.totalsByUnit().values()).containsOnly(0L);
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

	private UUID bundle(TenantId agency, int count, long priceMinor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into contracts.stamp_bundle (id, contract_id, stamps, price_minor, active)
				select :id, id, :stamps, :price, true from contracts.contract where agency_id = :agency""")
			.param("id", id)
			.param("stamps", count)
			.param("price", priceMinor)
			.param("agency", agency.value())
			.update();
		return id;
	}

	private long deferred(TenantId agency) {
		return ledger.balance(new AccountKey(AccountKind.DEFERRED_STAMP_REVENUE, Unit.USD, agency.value()));
	}

	private long earned(TenantId agency) {
		return ledger.balance(new AccountKey(AccountKind.STAMP_REVENUE, Unit.USD, agency.value()));
	}

}
