package org.homeward.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.audit.AuditLog;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.directory.TestAgencies;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class ContractsIntegrationTests {

	@Autowired
	Contracts contracts;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	TenantId demoDoc() {
		return directory.agencyByCode("DEMO-DOC").orElseThrow().id();
	}

	UUID facility(TenantId agency, String code) {
		return directory.facilities(agency)
			.stream()
			.filter(f -> f.code().equals(code))
			.map(FacilityView::id)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theDemoContractIsSeededAsApiMdDescribesIt() {
		ContractView contract = contracts.contractOf(demoDoc()).orElseThrow();
		assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(contract.contactPolicy()).isEqualTo(ContactPolicy.OPEN);
		assertThat(contract.screeningPolicy()).isEqualTo(ScreeningPolicy.HOLD_FLAGGED);
		assertThat(contract.messageRules().charsPerPage()).isEqualTo(6000);
		assertThat(contract.priceBook().stampBundles()).extracting(StampBundle::stamps).containsExactly(5, 10, 20, 40);
		assertThat(contract.priceBook().stampBundles()).extracting(b -> b.price().toDecimalString())
			.containsExactly("2.25", "4.00", "7.50", "14.00");
		assertThat(contract.priceBook().depositCommission()).isEqualTo(Money.of("2.50", Money.USD));
		assertThat(contract.priceBook().messageCommission()).isEqualTo(Money.of("0.05", Money.USD));
		ContractView federal = contracts.contractOf(directory.agencyByCode("DEMO-FED").orElseThrow().id())
			.orElseThrow();
		assertThat(federal.contactPolicy()).isEqualTo(ContactPolicy.INMATE_INITIATED);
		assertThat(federal.messageRules().photosAllowed()).isFalse();
		assertThat(federal.messageRules().maxChars()).isEqualTo(13000);
		// TRULINCS-style: free for families, the inmate pays by the minute and the page
		assertThat(federal.priceBook().messagePricing()).isEqualTo(MessagePricing.INMATE_TIME);
		assertThat(federal.priceBook().stampBundles()).isEmpty();
		assertThat(federal.priceBook().perMinute()).isEqualTo(Money.of("0.05", Money.USD));
		assertThat(federal.priceBook().perPrintedPage()).isEqualTo(Money.of("0.15", Money.USD));
		assertThat(federal.priceBook().minuteBlocks()).containsExactly(40, 100, 200, 300, 600);
		assertThat(contract.priceBook().messagePricing()).isEqualTo(MessagePricing.FAMILY_STAMPS);
	}

	@Test
	void depositFeesFollowTheTiersAtEveryBoundary() {
		TenantId doc = demoDoc();
		assertThat(fee(doc, "0.01")).isEqualTo("4.95");
		assertThat(fee(doc, "20.00")).isEqualTo("4.95");
		assertThat(fee(doc, "20.01")).isEqualTo("6.95");
		assertThat(fee(doc, "100.00")).isEqualTo("6.95");
		assertThat(fee(doc, "100.01")).isEqualTo("8.95");
		assertThat(fee(doc, "200.01")).isEqualTo("11.95");
		assertThat(fee(doc, "300.00")).isEqualTo("11.95");
		assertThatThrownBy(() -> fee(doc, "300.01")).isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("300.00");
		assertThatThrownBy(() -> fee(doc, "0.00")).isInstanceOf(BusinessRuleException.class);
		// by phone through support costs more than online; cash at a store is a flat
		// walk-in fee
		assertThat(contracts.depositFee(doc, FeeChannel.PHONE, Money.of("10.00", Money.USD)))
			.isEqualTo(Money.of("5.95", Money.USD));
		assertThat(contracts.depositFee(doc, FeeChannel.PHONE, Money.of("20.01", Money.USD)))
			.isEqualTo(Money.of("7.95", Money.USD));
		assertThat(contracts.depositFee(doc, FeeChannel.LOBBY, Money.of("300.00", Money.USD)))
			.isEqualTo(Money.of("6.95", Money.USD));
		TenantId fed = directory.agencyByCode("DEMO-FED").orElseThrow().id();
		assertThatThrownBy(() -> contracts.depositFee(fed, FeeChannel.PHONE, Money.of("10.00", Money.USD)))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void facilitiesOverrideTheAgencysServicesAndDelivery() {
		TenantId doc = demoDoc();
		UUID north = facility(doc, "NORTH");
		UUID south = facility(doc, "SOUTH");
		assertThat(contracts.serviceAvailable(doc, null, Service.TABLETS)).isTrue();
		assertThat(contracts.serviceAvailable(doc, north, Service.TABLETS)).isTrue();
		assertThat(contracts.serviceAvailable(doc, south, Service.TABLETS)).isFalse();
		assertThat(contracts.deliveryAt(doc, north)).isEqualTo(MessageDelivery.ELECTRONIC);
		assertThat(contracts.deliveryAt(doc, south)).isEqualTo(MessageDelivery.PRINTED);
		TenantId fed = directory.agencyByCode("DEMO-FED").orElseThrow().id();
		assertThat(contracts.serviceAvailable(fed, null, Service.VIDEO_VISITS)).isFalse();
	}

	@Test
	void nothingIsAvailableOnceAContractWindsDown() {
		TenantId agency = TestAgencies.create(jdbc, "NV");
		UUID contract = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into contracts.contract (id, agency_id, status, starts_on, export_retention_days, contact_policy, contact_cap,
						  screening_policy, hold_all_photos, message_delivery, chars_per_page, max_chars, photos_allowed, max_photos,
						  stamps_per_page, stamps_per_photo, stamps_per_reply, currency, inmate_stamp_price_minor, deposit_max_minor,
						  deposit_daily_max_minor, deposit_30_day_max_minor, deposit_commission_minor, message_commission_minor, version, updated_at)
						values (:id, :agency, 'WINDING_DOWN', date '2026-01-01', 365, 'OPEN', 30, 'HOLD_ALL', false, 'ELECTRONIC', 6000, 6000,
						  true, 5, 1, 1, 1, 'USD', 40, 30000, 30000, 30000, 0, 0, 0, :now)""")
			.param("id", contract)
			.param("agency", agency.value())
			.param("now", OffsetDateTime.now())
			.update();
		jdbc.sql("insert into contracts.service (contract_id, service, enabled) values (:id, 'MESSAGING', true)")
			.param("id", contract)
			.update();
		assertThat(contracts.serviceAvailable(agency, null, Service.MESSAGING)).isFalse();
	}

	@Test
	void stampBundlesArePublic() throws Exception {
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/stamp-bundles"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].stamps").value(5))
			.andExpect(jsonPath("$[0].price.amount").value("2.25"))
			.andExpect(jsonPath("$[0].price.currency").value("USD"))
			.andExpect(jsonPath("$[0].id").isString());
		mvc.perform(get("/api/v1/agencies/NOPE/stamp-bundles")).andExpect(status().isNotFound());
	}

	@Test
	void staffReadTheirContractAndOnlyAdministratorsSwitchServices() throws Exception {
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_REVIEWER, get("/api/v1/agencies/DEMO-DOC/contract")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactPolicy").value("OPEN"))
			.andExpect(jsonPath("$.priceBook.depositFees[0].fee.amount").value("4.95"));
		mvc.perform(SignedIn.as(mvc, SignedIn.FED_REVIEWER, get("/api/v1/agencies/DEMO-DOC/contract")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/contract")).andExpect(status().isUnauthorized());

		String body = "{\"enabled\": false, \"facilityCode\": \"north\"}";
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_REVIEWER, put("/api/v1/agencies/DEMO-DOC/contract/services/MEDIA"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_ADMIN, put("/api/v1/agencies/DEMO-DOC/contract/services/MEDIA"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
		TenantId doc = demoDoc();
		assertThat(contracts.serviceAvailable(doc, facility(doc, "NORTH"), Service.MEDIA)).isFalse();
		assertThat(contracts.serviceAvailable(doc, facility(doc, "SOUTH"), Service.MEDIA)).isTrue();
		mvc.perform(SignedIn.as(mvc, SignedIn.OPERATOR, put("/api/v1/agencies/DEMO-DOC/contract/services/MEDIA"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": true, \"facilityCode\": \"NORTH\"}")).andExpect(status().isOk());
		assertThat(contracts.serviceAvailable(doc, facility(doc, "NORTH"), Service.MEDIA)).isTrue();
		assertThat(audit.newestOf(doc, 5))
			.extracting(r -> r.entry().action() + " " + r.entry().subject() + " " + r.entry().actorLabel())
			.contains("contract.service-switched MEDIA Demo DOC Administrator",
					"contract.service-switched MEDIA Homeward Operator");

		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_ADMIN, put("/api/v1/agencies/DEMO-DOC/contract/services/TELEPORT"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isBadRequest());
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_ADMIN, put("/api/v1/agencies/DEMO-DOC/contract/services/MEDIA"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"facilityCode\": \"ATLANTIS\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"));
	}

	private String fee(TenantId agency, String amount) {
		return contracts.depositFee(agency, FeeChannel.ONLINE, Money.of(amount, Money.USD)).toDecimalString();
	}

}
