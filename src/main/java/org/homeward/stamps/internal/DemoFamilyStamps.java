package org.homeward.stamps.internal;

import java.util.Locale;
import java.util.UUID;

import org.homeward.contracts.Contracts;
import org.homeward.contracts.StampBundle;
import org.homeward.directory.Directory;
import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardDetails;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.TenantId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo family of API.md holds a saved Visa test card and 20 DEMO-DOC stamps: bought
 * at start-up through the sandbox like any purchase, under a fixed key so that it happens
 * once.
 */
@Component
@Profile("demo")
@Order(10)
class DemoFamilyStamps implements ApplicationRunner {

	static final UUID DEMO_FAMILY = UUID.fromString("0a0c0000-0000-4000-8000-0000000000f1");

	private final Payments payments;

	private final StampPurchases purchases;

	private final Directory directory;

	private final Contracts contracts;

	DemoFamilyStamps(Payments payments, StampPurchases purchases, Directory directory, Contracts contracts) {
		this.payments = payments;
		this.purchases = purchases;
		this.directory = directory;
		this.contracts = contracts;
	}

	@Override
	public void run(ApplicationArguments args) {
		TenantId agency = directory.agencyByCode("DEMO-DOC").orElseThrow().id();
		StampBundle twenty = contracts.contractOf(agency)
			.orElseThrow()
			.priceBook()
			.stampBundles()
			.stream()
			.filter(b -> b.stamps() == 20)
			.findFirst()
			.orElseThrow();
		PaymentMethodView card = payments.methods(DEMO_FAMILY)
			.stream()
			.findFirst()
			.orElseGet(() -> payments.add(DEMO_FAMILY, new CardDetails("4242424242424242", 12, 2030, "123",
					"Maria Johnson", new BillingAddress("100 Biscayne Blvd", null, "Miami", "FL", "33132", "US"))));
		purchases.purchase(DEMO_FAMILY, "family@example.com", "demo-family-stamps", "DEMO-DOC", twenty.id(), card.id(),
				Locale.ENGLISH);
	}

}
