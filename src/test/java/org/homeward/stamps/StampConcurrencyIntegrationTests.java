package org.homeward.stamps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.homeward.SmtpServer;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.StampBundle;
import org.homeward.directory.Directory;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardDetails;
import org.homeward.payments.Payments;
import org.homeward.shared.TenantId;
import org.homeward.stamps.internal.StampPurchases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Many threads buying and spending stamps on the same wallets and the same agency
 * accounts, with every purchase sent twice under its key, declining cards among the good
 * ones, and a gateway that loses a third of its answers and refuses a tenth of its calls.
 * Afterwards: every unit sums to zero, every balance equals its postings, no wallet went
 * negative, and no purchase was charged twice.
 */
@SpringBootTest(properties = { "homeward.payments.sandbox.lost-answer-rate=0.3",
		"homeward.payments.sandbox.unavailable-rate=0.1", "homeward.payments.gateway.attempts=1" })
@ActiveProfiles({ "demo", "test" })
@ExtendWith(SmtpServer.class)
class StampConcurrencyIntegrationTests {

	@Autowired
	StampPurchases purchases;

	@Autowired
	Stamps stamps;

	@Autowired
	Payments payments;

	@Autowired
	Ledger ledger;

	@Autowired
	Directory directory;

	@Autowired
	Contracts contracts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nothingIsLostDoubledOrInvented() throws Exception {
		TenantId agency = directory.agencyByCode("DEMO-DOC").orElseThrow().id();
		List<StampBundle> bundles = contracts.contractOf(agency).orElseThrow().priceBook().stampBundles();
		List<UUID> families = new ArrayList<>();
		Map<UUID, List<UUID>> cards = new ConcurrentHashMap<>();
		for (int f = 0; f < 4; f++) {
			UUID family = UUID.randomUUID();
			families.add(family);
			BillingAddress address = new BillingAddress("1 Main St", null, "Miami", "FL", "33101", "US");
			cards.put(family, List.of(
					payments.add(family, new CardDetails("4242424242424242", 12, 2030, "123", "Test", address)).id(),
					payments.add(family, new CardDetails("4000000000000002", 12, 2030, "123", "Test", address)).id()));
		}
		List<UUID> purchaseIds = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			work.add(pool.submit(() -> {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				for (int i = 0; i < 12; i++) {
					UUID family = families.get(random.nextInt(families.size()));
					if (random.nextBoolean()) {
						String key = UUID.randomUUID().toString();
						UUID card = cards.get(family).get(random.nextInt(4) == 0 ? 1 : 0);
						UUID bundle = bundles.get(random.nextInt(bundles.size())).id();
						PurchaseOutcome first = purchases.purchase(family, "", key, "DEMO-DOC", bundle, card,
								Locale.ENGLISH);
						PurchaseOutcome second = purchases.purchase(family, "", key, "DEMO-DOC", bundle, card,
								Locale.ENGLISH);
						assertThat(second.id()).isEqualTo(first.id());
						purchaseIds.add(first.id());
					}
					else {
						stamps.spend(family, agency, 1 + random.nextInt(4), UUID.randomUUID().toString(), "a message");
					}
				}
				return null;
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();
		for (UUID id : purchaseIds) {
			String status = "PENDING";
			for (int attempt = 0; attempt < 20 && !status.equals("COMPLETED")
					&& !status.equals("DECLINED"); attempt++) {
				UUID family = jdbc.sql("select account_id from stamps.purchase where id = :id")
					.param("id", id)
					.query(UUID.class)
					.single();
				String key = jdbc.sql("select idempotency_key from stamps.purchase where id = :id")
					.param("id", id)
					.query(String.class)
					.single();
				UUID bundle = jdbc.sql("select bundle_id from stamps.purchase where id = :id")
					.param("id", id)
					.query(UUID.class)
					.single();
				UUID card = jdbc.sql("select payment_method_id from stamps.purchase where id = :id")
					.param("id", id)
					.query(UUID.class)
					.single();
				purchases.purchase(family, "", key, "DEMO-DOC", bundle, card, Locale.ENGLISH);
				status = jdbc.sql("select status from stamps.purchase where id = :id")
					.param("id", id)
					.query(String.class)
					.single();
			}
			assertThat(status).as("purchase %s settles", id).isIn("COMPLETED", "DECLINED");
		}

		assertThat(jdbc.sql("select count(*) from payments.sandbox_charge group by idempotency_key having count(*) > 1")
			.query(Integer.class)
			.list()).isEmpty();
		for (UUID family : families) {
			long bought = jdbc.sql(
					"select coalesce(sum(stamps), 0) from stamps.purchase where account_id = :f and status = 'COMPLETED'")
				.param("f", family)
				.query(Long.class)
				.single();
			long charged = jdbc.sql("""
					select coalesce(sum(c.amount_minor), 0) from payments.sandbox_charge c
					  join payments.sandbox_card k on k.token = c.token
					 where c.outcome = 'APPROVED' and c.idempotency_key in
					       (select cast(id as varchar(36)) from stamps.purchase where account_id = :f)""")
				.param("f", family)
				.query(Long.class)
				.single();
			long paid = jdbc.sql(
					"select coalesce(sum(price_minor), 0) from stamps.purchase where account_id = :f and status = 'COMPLETED'")
				.param("f", family)
				.query(Long.class)
				.single();
			assertThat(charged).as("charged exactly what completed purchases cost").isEqualTo(paid);
			assertThat(stamps.balance(family, agency)).isBetween(0L, bought);
		}
		assertThat(ledger.totalsByUnit().get(Unit.USD)).isZero();
		assertThat(ledger.totalsByUnit().get(Unit.stamps(agency))).isZero();
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

}
