package org.homeward.deposits.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's retail network, {@code DEMO-RETAIL}, signing with {@code demo-retail-secret}
 * (API.md, "Retail and phone deposits"): registered at start-up, since its secret is
 * stored encrypted with the instance's key. Demo only.
 */
@Component
@Profile("demo")
@Order(21)
class DemoRetailPartner implements ApplicationRunner {

	static final String CODE = "DEMO-RETAIL";

	static final String SECRET = "demo-retail-secret";

	private final RetailPartners partners;

	DemoRetailPartner(RetailPartners partners) {
		this.partners = partners;
	}

	@Override
	public void run(ApplicationArguments args) {
		partners.register(CODE, "Demo retail network (cash at stores)", SECRET);
	}

}
