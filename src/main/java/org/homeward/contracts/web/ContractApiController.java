package org.homeward.contracts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.shared.Money;
import org.homeward.contracts.DepositLimits;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.PriceBook;
import org.homeward.contracts.MessagePricing;
import org.homeward.contracts.Service;
import org.homeward.contracts.StampBundle;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An agency's contract over the API: its stamp prices for everyone; the whole contract
 * for its staff and operators; switching services for its administrators and operators.
 */
@RestController
@RequestMapping("/api/v1/agencies/{code}")
@Tag(name = "Contracts")
class ContractApiController {

	private final Contracts contracts;

	private final Directory directory;

	private final AgencyAccess access;

	ContractApiController(Contracts contracts, Directory directory, AgencyAccess access) {
		this.contracts = contracts;
		this.directory = directory;
		this.access = access;
	}

	@GetMapping("/stamp-bundles")
	@Operation(summary = "Stamp bundles on sale at the agency, with their prices (public)")
	List<StampBundle> stampBundles(@PathVariable @Size(max = 32) String code) {
		return contract(access.toAnyone(code)).priceBook().stampBundles();
	}

	@GetMapping("/prices")
	@Operation(summary = "What everything costs at the agency, and who pays for messages (public)")
	PricesJson prices(@PathVariable @Size(max = 32) String code) {
		PriceBook book = contract(access.toAnyone(code)).priceBook();
		return new PricesJson(book.messagePricing(), book.stampBundles(), book.perMinute(), book.perPrintedPage(),
				book.minuteBlocks(),
				book.depositFees().stream().map(t -> new FeeJson(t.channel(), t.upTo(), t.fee())).toList(),
				book.depositLimits(), book.depositCommission());
	}

	/**
	 * @param perMinute what an inmate pays a minute of terminal time, under INMATE_TIME
	 * @param depositFees the fee of a deposit by channel (ONLINE, PHONE, LOBBY: cash in
	 * person), for amounts up to each tier's
	 */
	record PricesJson(MessagePricing messagePricing, List<StampBundle> stampBundles, @Nullable Money perMinute,
			@Nullable Money perPrintedPage, List<Integer> minuteBlocks, List<FeeJson> depositFees,
			DepositLimits depositLimits, Money depositCommission) {
	}

	record FeeJson(FeeChannel channel, Money upTo, Money fee) {
	}

	@GetMapping("/contract")
	@Operation(summary = "The agency's contract: services, policies, message rules and price book")
	ContractView contract(Caller caller, @PathVariable @Size(max = 32) String code) {
		return contract(access.toRead(caller, code));
	}

	@PutMapping("/contract/services/{service}")
	@Operation(summary = "Switch a service on or off for the agency, or for one facility")
	ContractView switchService(Caller caller, @PathVariable @Size(max = 32) String code, @PathVariable Service service,
			@Valid @RequestBody ServiceSwitch request) {
		AgencyView agency = access.toAdminister(caller, code);
		UUID facility = request.facilityCode() == null ? null : facility(agency, request.facilityCode());
		return contracts.switchService(agency.id(), facility, service, request.enabled(), caller);
	}

	private ContractView contract(AgencyView agency) {
		return contracts.contractOf(agency.id()).orElseThrow(() -> new NotFoundException("contract"));
	}

	private UUID facility(AgencyView agency, String code) {
		return directory.facilities(agency.id())
			.stream()
			.filter(f -> f.code().equals(code.trim().toUpperCase(Locale.ROOT)))
			.map(FacilityView::id)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("facilityCode", "is not a facility of this agency"));
	}

	record ServiceSwitch(@NotNull Boolean enabled, @Nullable @Size(max = 32) String facilityCode) {
	}

}
