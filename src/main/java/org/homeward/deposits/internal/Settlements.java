package org.homeward.deposits.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.contracts.FeeChannel;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.springframework.stereotype.Service;

/**
 * Each agency's daily settlement: one line per deposit (online, by phone, or cash at a
 * store) or supervision payment completed that day (UTC), and one per refund or
 * chargeback made that day (negative), as a CSV file; and a report that adds up the file
 * and, separately, the ledger entries those lines name. The two must agree to the cent.
 */
@Service
public class Settlements {

	/**
	 * One line of the file.
	 *
	 * @param type {@code DEPOSIT}, {@code SUPERVISION}, {@code REFUND} or
	 * {@code CHARGEBACK}
	 * @param reference the inmate number, or the supervision case number
	 */
	public record SettlementLine(UUID depositId, String type, String reference, Money amount, Money fee,
			Money commission, Instant at, String ledgerKey) {
	}

	/** The file's totals beside the ledger's. */
	public record Report(LocalDate date, int lines, Money amount, Money fee, Money commission, Money ledgerAmount,
			Money ledgerFee, Money ledgerCommission, boolean matches) {
	}

	private final DepositRecords records;

	private final Directory directory;

	private final Supervision supervision;

	private final Ledger ledger;

	private final RetailRecords retail;

	Settlements(DepositRecords records, Directory directory, Supervision supervision, Ledger ledger,
			RetailRecords retail) {
		this.retail = retail;
		this.records = records;
		this.directory = directory;
		this.supervision = supervision;
		this.ledger = ledger;
	}

	public List<SettlementLine> lines(TenantId agency, LocalDate date) {
		Instant from = date.atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant to = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		List<SettlementLine> lines = new ArrayList<>();
		for (Deposit deposit : records.settledBetween(agency, from, to)) {
			String reference = deposit.inmateId() != null
					? directory.inmate(deposit.inmateId()).map(InmateView::inmateNumber).orElse("")
					: supervision.byId(deposit.supervisionId()).map(Supervision.Case::caseNumber).orElse("");
			if (deposit.completedAt() != null && !deposit.completedAt().isBefore(from)
					&& deposit.completedAt().isBefore(to)) {
				lines.add(new SettlementLine(deposit.id(),
						!deposit.kind().equals("INMATE") ? "SUPERVISION"
								: deposit.channel() == FeeChannel.PHONE ? "PHONE_DEPOSIT" : "DEPOSIT",
						reference, deposit.amount(), deposit.fee(), deposit.commission(), deposit.completedAt(),
						DepositCompletion.entryKey(deposit)));
			}
			if (deposit.reversedAt() != null && !deposit.reversedAt().isBefore(from)
					&& deposit.reversedAt().isBefore(to)) {
				lines
					.add(new SettlementLine(deposit.id(), deposit.status().equals("REFUNDED") ? "REFUND" : "CHARGEBACK",
							reference, deposit.amount().negate(), deposit.fee().negate(), deposit.commission().negate(),
							deposit.reversedAt(), DepositCompletion.reversalKey(deposit)));
			}
		}
		for (RetailRecords.RetailPayment cash : retail.appliedBetween(agency, from, to)) {
			lines.add(new SettlementLine(cash.id(), "CASH",
					directory.inmate(cash.inmateId()).map(InmateView::inmateNumber).orElse(""), cash.amount(),
					cash.fee(), cash.commission(), cash.decidedAt() != null ? cash.decidedAt() : cash.receivedAt(),
					RetailBooks.appliedKey(cash)));
		}
		return lines;
	}

	/**
	 * The file: deposit id, type, inmate or case number, amount, fee, commission, time.
	 */
	public String csv(TenantId agency, LocalDate date) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("deposit_id", "type", "inmate_or_case_number", "amount", "fee", "commission", "time")
			.get()
			.print(out)) {
			for (SettlementLine line : lines(agency, date)) {
				csv.printRecord(line.depositId(), line.type(), line.reference(), line.amount().toDecimalString(),
						line.fee().toDecimalString(), line.commission().toDecimalString(), line.at().toString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Adds up the file and the ledger entries it names; {@code matches} when every total
	 * agrees to the cent.
	 */
	public Report report(TenantId agency, LocalDate date) {
		List<SettlementLine> lines = lines(agency, date);
		Map<String, List<Line>> books = ledger.linesOf(lines.stream().map(SettlementLine::ledgerKey).toList());
		long amount = 0;
		long fee = 0;
		long commission = 0;
		long ledgerAmount = 0;
		long ledgerFee = 0;
		long ledgerCommission = 0;
		boolean everyLineBooked = true;
		for (SettlementLine line : lines) {
			amount += line.amount().minorUnits();
			fee += line.fee().minorUnits();
			commission += line.commission().minorUnits();
			List<Line> entry = books.get(line.ledgerKey());
			if (entry == null) {
				everyLineBooked = false;
				continue;
			}
			for (Line posting : entry) {
				AccountKind kind = posting.account().kind();
				if (kind == AccountKind.INMATE_BALANCE || kind == AccountKind.SUPERVISION_PAYABLE) {
					ledgerAmount += posting.amountMinor();
				}
				if (kind == AccountKind.FEE_REVENUE || kind == AccountKind.COMMISSIONS_PAYABLE) {
					ledgerFee += posting.amountMinor();
				}
				if (kind == AccountKind.COMMISSIONS_PAYABLE) {
					ledgerCommission += posting.amountMinor();
				}
			}
		}
		boolean matches = everyLineBooked && amount == ledgerAmount && fee == ledgerFee
				&& commission == ledgerCommission;
		return new Report(date, lines.size(), usd(amount), usd(fee), usd(commission), usd(ledgerAmount), usd(ledgerFee),
				usd(ledgerCommission), matches);
	}

	private static Money usd(long minor) {
		return Money.ofMinor(minor, "USD");
	}

}
