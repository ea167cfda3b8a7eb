package org.homeward.deposits.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.Service;
import org.homeward.deposits.PaySlipStatus;
import org.homeward.deposits.internal.RetailRecords.PaySlip;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Ids;
import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Pay slips for cash at a store (MoneyGram-style): anyone who knows an inmate's agency
 * and number prints one for an amount, with the agency's four-digit receive code, a
 * twelve-digit reference a counter scans as a barcode, and the walk-in fee of the
 * contract's tier table (the LOBBY channel: cash in person), all shown before anyone
 * pays. A slip is valid for {@link #VALID_FOR} and paid once; {@link RetailPayments}
 * applies the cash when the store's network confirms it.
 */
@Component
public class PaySlips {

	/** How long a slip can be paid with. */
	public static final Duration VALID_FOR = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A slip as a family sees it: with the inmate and the agency's receive code. */
	public record Slip(PaySlip slip, InmateView inmate, String receiveCode, PaySlipStatus status) {
	}

	private final RetailRecords records;

	private final DepositTerms terms;

	private final Directory directory;

	private final Clock clock;

	PaySlips(RetailRecords records, DepositTerms terms, Directory directory, Clock clock) {
		this.records = records;
		this.terms = terms;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * What a slip for this amount costs at the counter, before it is printed.
	 * @throws BusinessRuleException when the agency takes no cash at stores, the amount
	 * is over the most one deposit may be, or the person is not in custody
	 */
	public Deposits.Quote quote(UUID inmateId, Money amount) {
		return quote(terms.receiving(inmateId), amount);
	}

	private Deposits.Quote quote(InmateView inmate, Money amount) {
		receiveCode(inmate);
		ContractView contract = terms.contract(inmate.agency().id(), inmate.facility().id(), Service.DEPOSITS);
		return terms.quote(inmate.agency().id(), contract, amount, FeeChannel.LOBBY);
	}

	/**
	 * Prints a slip.
	 * @param account the signed-in family, or {@literal null} for someone who did not
	 * sign in
	 */
	public Slip issue(@Nullable UUID account, UUID inmateId, Money amount) {
		InmateView inmate = terms.receiving(inmateId);
		Deposits.Quote quote = quote(inmate, amount);
		Instant now = DepositCompletion.now(clock);
		String reference = newReference();
		PaySlip slip = new PaySlip(Ids.next(), reference, inmate.id(), inmate.agency().id(), account, amount,
				quote.fee(), PaySlipStatus.ISSUED, now, now.plus(VALID_FOR), null);
		records.insert(slip);
		return new Slip(slip, inmate, receiveCode(inmate), PaySlipStatus.ISSUED);
	}

	/** A slip by its reference (spaces allowed), with its status as of now. */
	public Optional<Slip> find(String reference) {
		String digits = reference.replace(" ", "");
		if (!digits.matches("\\d{12}")) {
			return Optional.empty();
		}
		return records.slipByReference(digits).flatMap(this::withInmate);
	}

	/** The family's slips, newest first. */
	public List<Slip> of(UUID account) {
		return records.slipsOf(account, 50).stream().flatMap(s -> withInmate(s).stream()).toList();
	}

	private Optional<Slip> withInmate(PaySlip slip) {
		return directory.inmate(slip.inmateId())
			.map(inmate -> new Slip(slip, inmate, records.receiveCodeOf(slip.agency()).orElse(""),
					slip.statusAt(clock.instant())));
	}

	/**
	 * @throws BusinessRuleException when the agency takes no cash at stores
	 */
	private String receiveCode(InmateView inmate) {
		return records.receiveCodeOf(inmate.agency().id())
			.orElseThrow(() -> new BusinessRuleException("retail-not-offered",
					inmate.agency().name() + " does not take cash at stores.", List.of(inmate.agency().name()),
					Map.of()));
	}

	private String newReference() {
		for (int attempt = 0; attempt < 5; attempt++) {
			StringBuilder digits = new StringBuilder();
			// never a leading zero, so that a spreadsheet keeps all twelve digits
			digits.append(1 + RANDOM.nextInt(9));
			for (int i = 1; i < 12; i++) {
				digits.append(RANDOM.nextInt(10));
			}
			if (records.slipByReference(digits.toString()).isEmpty()) {
				return digits.toString();
			}
		}
		throw new IllegalStateException("no free pay slip reference after five tries");
	}

}
