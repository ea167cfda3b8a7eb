package org.homeward.deposits.internal;

import java.util.UUID;

import org.homeward.directory.Directory;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.Money;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's James Johnson (A100001) has money to spend at the kiosk: his mother sends
 * him $20.00 at start-up with her saved card, through the sandbox like any deposit, under
 * a fixed key so that it happens once.
 */
@Component
@Profile("demo")
@Order(20)
class DemoInmateBalance implements ApplicationRunner {

	static final UUID DEMO_FAMILY = UUID.fromString("0a0c0000-0000-4000-8000-0000000000f1");

	private final Deposits deposits;

	private final Payments payments;

	private final Directory directory;

	DemoInmateBalance(Deposits deposits, Payments payments, Directory directory) {
		this.deposits = deposits;
		this.payments = payments;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		UUID james = directory.agencyByCode("DEMO-DOC")
			.flatMap(agency -> directory.inmateByNumber(agency.id(), "A100001"))
			.orElseThrow()
			.id();
		PaymentMethodView card = payments.methods(DEMO_FAMILY).stream().findFirst().orElseThrow();
		deposits.sendToInmate(DEMO_FAMILY, "demo-deposit-a100001", james, Money.of("20.00", Money.USD), card.id(),
				null);
	}

}
