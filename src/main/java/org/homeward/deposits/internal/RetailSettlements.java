package org.homeward.deposits.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.deposits.internal.RetailRecords.Mismatch;
import org.homeward.deposits.internal.RetailRecords.RetailPayment;
import org.homeward.deposits.internal.RetailRecords.Settlement;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A retail partner's daily settlement file, checked against what the partner confirmed
 * that day (UTC): every line the partner never confirmed, every confirmation missing from
 * the file, and every amount that differs is kept for the operator. The file is CSV with
 * the header {@code transaction_id,reference,amount,fee} (amounts in dollars and cents,
 * what the store took without and with its fee); one file per partner and day.
 */
@Component
public class RetailSettlements {

	/** The most lines one file may have. */
	public static final int MAX_LINES = 100_000;

	/** A settlement file as imported, with what did not match. */
	public record Reconciled(Settlement settlement, List<Mismatch> mismatches) {
	}

	private final RetailRecords records;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	RetailSettlements(RetailRecords records, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Imports and reconciles a file (operators).
	 * @throws InvalidInputException naming the line and column of a malformed file
	 * @throws ConflictException when the partner's file of that day was imported already
	 */
	@Transactional
	public Reconciled importFile(String partner, LocalDate businessDate, Reader csv, Caller by) {
		if (jdbc.sql("select count(*) from deposits.retail_partner where code = :code")
			.param("code", partner)
			.query(Integer.class)
			.single() == 0) {
			throw new NotFoundException("retail partner");
		}
		if (records.settlementExists(partner, businessDate)) {
			throw new ConflictException("The file of " + partner + " for " + businessDate + " was imported already.");
		}
		Map<String, Line> lines = read(csv);
		Map<String, RetailPayment> confirmed = new LinkedHashMap<>();
		var from = businessDate.atStartOfDay(ZoneOffset.UTC).toInstant();
		records.confirmedBetween(partner, from, businessDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
			.forEach(p -> confirmed.put(p.transactionId(), p));
		List<Mismatch> mismatches = new ArrayList<>();
		int matched = 0;
		Money total = Money.zero(Money.USD);
		for (Line line : lines.values()) {
			total = total.plus(line.amount());
			RetailPayment payment = confirmed.remove(line.transactionId());
			if (payment == null) {
				// confirmed on another day, or never: the operator finds out which
				RetailPayment other = records.payment(partner, line.transactionId()).orElse(null);
				if (other != null && other.amount().equals(line.amount())) {
					matched++;
					continue;
				}
				mismatches.add(new Mismatch(line.transactionId(), other == null ? "NOT_CONFIRMED" : "AMOUNT_DIFFERS",
						line.amount(), other == null ? null : other.amount(), line.reference()));
			}
			else if (!payment.amount().equals(line.amount())) {
				mismatches.add(new Mismatch(line.transactionId(), "AMOUNT_DIFFERS", line.amount(), payment.amount(),
						line.reference()));
			}
			else {
				matched++;
			}
		}
		for (RetailPayment missing : confirmed.values()) {
			mismatches.add(new Mismatch(missing.transactionId(), "NOT_IN_FILE", null, missing.amount(),
					records.slip(missing.paySlipId()).map(RetailRecords.PaySlip::reference).orElse(null)));
		}
		Settlement settlement = new Settlement(Ids.next(), partner, businessDate, lines.size(), matched, total,
				DepositCompletion.now(clock), by.displayName());
		records.insert(settlement, mismatches);
		audit.record(new AuditEntry(by.accountId(), by.displayName(), null, "deposits.retail-settlement.imported",
				settlement.id().toString(),
				partner + " " + businessDate + ": " + lines.size() + " lines, " + mismatches.size() + " not matching",
				null));
		return new Reconciled(settlement, mismatches);
	}

	private record Line(String transactionId, String reference, Money amount) {
	}

	private static Map<String, Line> read(Reader csv) {
		Map<String, Line> lines = new LinkedHashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = format.parse(csv)) {
			for (String column : List.of("transaction_id", "reference", "amount")) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new InvalidInputException("file",
							"has no column " + column + " (the header must be transaction_id,reference,amount,fee)");
				}
			}
			for (CSVRecord record : parser) {
				long number = record.getRecordNumber() + 1;
				if (lines.size() >= MAX_LINES) {
					throw new InvalidInputException("file", "has more than " + MAX_LINES + " lines");
				}
				String transaction = record.get("transaction_id");
				String amount = record.get("amount");
				if (transaction.isEmpty() || transaction.length() > 64) {
					throw new InvalidInputException("file",
							"line " + number + ": transaction_id must be 1 to 64 characters");
				}
				if (!amount.matches(Money.AMOUNT_FORMAT)) {
					throw new InvalidInputException("file",
							"line " + number + ": amount must be dollars and cents, such as 25.00");
				}
				if (lines.putIfAbsent(transaction,
						new Line(transaction, record.get("reference"), Money.of(amount, Money.USD))) != null) {
					throw new InvalidInputException("file",
							"line " + number + ": transaction " + transaction + " is in the file twice");
				}
			}
		}
		catch (IOException | IllegalStateException | IllegalArgumentException ex) {
			// commons-csv's own complaints: an unclosed quote, a line with more columns
			// than the header
			throw new InvalidInputException("file", "is not a readable CSV file: " + ex.getMessage());
		}
		return lines;
	}

}
