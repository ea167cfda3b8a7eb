package org.homeward.deposits.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.Service;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where money can go and what it costs: an inmate in custody, a facility (or agency) that
 * takes deposits or supervision payments under a contract still in service, and the fee
 * of the contract's tier table with the agency's commission (never more than the fee).
 */
@Component
class DepositTerms {

	private final Directory directory;

	private final Contracts contracts;

	DepositTerms(Directory directory, Contracts contracts) {
		this.directory = directory;
		this.contracts = contracts;
	}

	InmateView receiving(UUID inmateId) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		if (inmate.status() != InmateStatus.ACTIVE) {
			throw new BusinessRuleException("inmate-not-in-custody",
					inmate.firstName() + " " + inmate.lastName() + " is no longer in the custody of "
							+ inmate.agency().name() + ": money cannot be sent.",
					List.of(inmate.firstName() + " " + inmate.lastName(), inmate.agency().name()), Map.of());
		}
		return inmate;
	}

	ContractView contract(TenantId agency, @Nullable UUID facility, Service service) {
		ContractView contract = contracts.contractOf(agency)
			.orElseThrow(() -> new BusinessRuleException("service-not-available", "payments",
					"Payments are not offered there.", List.of(), Map.of()));
		if (!contract.offers(service, facility)) {
			String wording = (service == Service.DEPOSITS ? "deposits" : "supervision")
					+ (contract.serviceEndsOn() == null ? "" : "-ended");
			throw new BusinessRuleException("service-not-available", wording,
					(service == Service.DEPOSITS ? "Money cannot be sent to this facility"
							: "Supervision payments are not offered by this agency")
							+ (contract.serviceEndsOn() == null ? "."
									: ": the service ended on " + contract.serviceEndsOn() + "."),
					contract.serviceEndsOn() == null ? List.of() : List.of(contract.serviceEndsOn().toString()),
					Map.of());
		}
		return contract;
	}

	Deposits.Quote quote(TenantId agency, ContractView contract, Money amount) {
		return quote(agency, contract, amount, FeeChannel.ONLINE);
	}

	/**
	 * The fee of a deposit through {@code channel}.
	 * @throws BusinessRuleException when the amount is over the most one deposit may be,
	 * or no tier of the channel covers it
	 */
	Money fee(TenantId agency, FeeChannel channel, Money amount) {
		return contracts.depositFee(agency, channel, amount);
	}

	/** The fee and commission of a deposit made through {@code channel}. */
	Deposits.Quote quote(TenantId agency, ContractView contract, Money amount, FeeChannel channel) {
		if (amount.minorUnits() <= 0) {
			throw new InvalidInputException(
					InvalidInputException.FieldError.of("amount", "amount-positive", "must be more than zero"));
		}
		Money fee = contracts.depositFee(agency, channel, amount);
		Money commission = contract.priceBook().depositCommission().compareTo(fee) > 0 ? fee
				: contract.priceBook().depositCommission();
		return new Deposits.Quote(amount, fee, commission, amount.plus(fee));
	}

}
