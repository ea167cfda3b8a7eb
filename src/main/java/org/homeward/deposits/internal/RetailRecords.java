package org.homeward.deposits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.deposits.PaySlipStatus;
import org.homeward.deposits.RetailPaymentStatus;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored pay slips, cash payments and settlement files. Row mappers only map. */
@Repository
public class RetailRecords {

	/**
	 * A slip a family prints to pay cash at a store for an inmate.
	 *
	 * @param accountId the family account that printed it, or {@literal null} when
	 * someone printed it without signing in
	 */
	public record PaySlip(UUID id, String reference, UUID inmateId, TenantId agency, @Nullable UUID accountId,
			Money amount, Money fee, PaySlipStatus status, Instant createdAt, Instant expiresAt,
			@Nullable Instant paidAt) {

		public Money total() {
			return amount.plus(fee);
		}

		/** The status as of {@code now}: an issued slip past its last day has expired. */
		public PaySlipStatus statusAt(Instant now) {
			return status == PaySlipStatus.ISSUED && !now.isBefore(expiresAt) ? PaySlipStatus.EXPIRED : status;
		}

		/** The reference in groups of four digits, as a clerk reads it out. */
		public String spacedReference() {
			return reference.replaceAll("(\\d{4})(?=\\d)", "$1 ");
		}

	}

	/** Cash a store took for an inmate, as the partner confirmed it. */
	public record RetailPayment(UUID id, String partner, String transactionId, String requestHash, UUID paySlipId,
			UUID inmateId, TenantId agency, Money amount, Money fee, Money commission, RetailPaymentStatus status,
			@Nullable String holdReason, Instant receivedAt, @Nullable Instant decidedAt, @Nullable String decidedBy) {

		public Money total() {
			return amount.plus(fee);
		}

	}

	/**
	 * One line of a settlement file that does not agree with what the partner confirmed.
	 */
	public record Mismatch(String transactionId, String kind, @Nullable Money inFile, @Nullable Money confirmed,
			@Nullable String reference) {
	}

	/** A settlement file as imported. */
	public record Settlement(UUID id, String partner, LocalDate businessDate, int lines, int matched, Money total,
			Instant importedAt, String importedBy) {
	}

	private final JdbcClient jdbc;

	RetailRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> receiveCodeOf(TenantId agency) {
		return jdbc.sql("select receive_code from deposits.receive_code where agency_id = :agency")
			.param("agency", agency.value())
			.query(String.class)
			.optional();
	}

	void insert(PaySlip slip) {
		jdbc.sql(
				"""
						insert into deposits.pay_slip (id, reference, inmate_id, agency_id, account_id, amount_minor, fee_minor, currency,
						                               status, created_at, expires_at)
						values (:id, :reference, :inmate, :agency, :account, :amount, :fee, :currency, 'ISSUED', :created, :expires)""")
			.param("id", slip.id())
			.param("reference", slip.reference())
			.param("inmate", slip.inmateId())
			.param("agency", slip.agency().value())
			.param("account", slip.accountId())
			.param("amount", slip.amount().minorUnits())
			.param("fee", slip.fee().minorUnits())
			.param("currency", slip.amount().currency().getCurrencyCode())
			.param("created", utc(slip.createdAt()))
			.param("expires", utc(slip.expiresAt()))
			.update();
	}

	public Optional<PaySlip> slipByReference(String reference) {
		return jdbc.sql("select * from deposits.pay_slip where reference = :reference")
			.param("reference", reference)
			.query(RetailRecords::slip)
			.optional();
	}

	Optional<PaySlip> lockSlip(String reference) {
		return jdbc.sql("select * from deposits.pay_slip where reference = :reference for update")
			.param("reference", reference)
			.query(RetailRecords::slip)
			.optional();
	}

	Optional<PaySlip> slip(UUID id) {
		return jdbc.sql("select * from deposits.pay_slip where id = :id")
			.param("id", id)
			.query(RetailRecords::slip)
			.optional();
	}

	/** The family's slips, newest first. */
	public List<PaySlip> slipsOf(UUID account, int limit) {
		return jdbc
			.sql("select * from deposits.pay_slip where account_id = :account order by created_at desc limit :limit")
			.param("account", account)
			.param("limit", limit)
			.query(RetailRecords::slip)
			.list();
	}

	/** Moves a slip as its lifecycle allows; false when it was not in a state to. */
	boolean moveSlip(UUID id, PaySlipStatus to, Instant at) {
		return jdbc
			.sql("update deposits.pay_slip set status = :to" + (to == PaySlipStatus.PAID ? ", paid_at = :at" : "")
					+ " where id = :id and status in (:from)")
			.param("to", to.name())
			.param("at", utc(at))
			.param("id", id)
			.param("from", PaySlipStatus.LIFECYCLE.sourceNamesOf(to))
			.update() == 1;
	}

	void insert(RetailPayment p) {
		jdbc.sql(
				"""
						insert into deposits.retail_payment (id, partner_code, transaction_id, request_hash, pay_slip_id, inmate_id,
						                                     agency_id, amount_minor, fee_minor, commission_minor, currency, status,
						                                     hold_reason, received_at)
						values (:id, :partner, :transaction, :hash, :slip, :inmate, :agency, :amount, :fee, :commission, :currency,
						        :status, :reason, :received)""")
			.param("id", p.id())
			.param("partner", p.partner())
			.param("transaction", p.transactionId())
			.param("hash", p.requestHash())
			.param("slip", p.paySlipId())
			.param("inmate", p.inmateId())
			.param("agency", p.agency().value())
			.param("amount", p.amount().minorUnits())
			.param("fee", p.fee().minorUnits())
			.param("commission", p.commission().minorUnits())
			.param("currency", p.amount().currency().getCurrencyCode())
			.param("status", p.status().name())
			.param("reason", p.holdReason())
			.param("received", utc(p.receivedAt()))
			.update();
	}

	Optional<RetailPayment> payment(String partner, String transactionId) {
		return jdbc.sql(
				"select * from deposits.retail_payment where partner_code = :partner and transaction_id = :transaction")
			.param("partner", partner)
			.param("transaction", transactionId)
			.query(RetailRecords::payment)
			.optional();
	}

	public Optional<RetailPayment> payment(UUID id) {
		return jdbc.sql("select * from deposits.retail_payment where id = :id")
			.param("id", id)
			.query(RetailRecords::payment)
			.optional();
	}

	Optional<RetailPayment> paymentOfSlip(UUID slip) {
		return jdbc.sql("select * from deposits.retail_payment where pay_slip_id = :slip")
			.param("slip", slip)
			.query(RetailRecords::payment)
			.optional();
	}

	/** Payments held for the operator, the longest-waiting first. */
	public List<RetailPayment> held(int limit) {
		return jdbc
			.sql("select * from deposits.retail_payment where status = 'HELD' order by received_at, id limit :limit")
			.param("limit", limit)
			.query(RetailRecords::payment)
			.list();
	}

	/** The partner's payments confirmed from {@code from} (included) to {@code to}. */
	List<RetailPayment> confirmedBetween(String partner, Instant from, Instant to) {
		return jdbc.sql("""
				select * from deposits.retail_payment where partner_code = :partner
				   and received_at >= :from and received_at < :to order by received_at, id""")
			.param("partner", partner)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(RetailRecords::payment)
			.list();
	}

	/**
	 * An agency's cash payments that reached inmates' balances from {@code from}
	 * (included) to {@code to}: applied when the store confirmed them, or applied later
	 * by the operator.
	 */
	List<RetailPayment> appliedBetween(TenantId agency, Instant from, Instant to) {
		return jdbc.sql("""
				select * from deposits.retail_payment where agency_id = :agency and status = 'APPLIED'
				   and coalesce(decided_at, received_at) >= :from and coalesce(decided_at, received_at) < :to
				 order by coalesce(decided_at, received_at), id""")
			.param("agency", agency.value())
			.param("from", utc(from))
			.param("to", utc(to))
			.query(RetailRecords::payment)
			.list();
	}

	boolean decide(UUID id, RetailPaymentStatus to, Instant at, String by) {
		return jdbc.sql("""
				update deposits.retail_payment set status = :to, decided_at = :at, decided_by = :by
				 where id = :id and status in (:from)""")
			.param("to", to.name())
			.param("at", utc(at))
			.param("by", by)
			.param("id", id)
			.param("from", RetailPaymentStatus.LIFECYCLE.sourceNamesOf(to))
			.update() == 1;
	}

	void insert(Settlement s, List<Mismatch> mismatches) {
		jdbc.sql(
				"""
						insert into deposits.retail_settlement (id, partner_code, business_date, lines, matched, total_minor, currency,
						                                        imported_at, imported_by)
						values (:id, :partner, :date, :lines, :matched, :total, :currency, :at, :by)""")
			.param("id", s.id())
			.param("partner", s.partner())
			.param("date", s.businessDate())
			.param("lines", s.lines())
			.param("matched", s.matched())
			.param("total", s.total().minorUnits())
			.param("currency", s.total().currency().getCurrencyCode())
			.param("at", utc(s.importedAt()))
			.param("by", s.importedBy())
			.update();
		for (Mismatch m : mismatches) {
			jdbc.sql(
					"""
							insert into deposits.retail_mismatch (id, settlement_id, transaction_id, kind, file_minor, confirmed_minor, reference)
							values (:id, :settlement, :transaction, :kind, :file, :confirmed, :reference)""")
				.param("id", UUID.randomUUID())
				.param("settlement", s.id())
				.param("transaction", m.transactionId())
				.param("kind", m.kind())
				.param("file", m.inFile() == null ? null : m.inFile().minorUnits())
				.param("confirmed", m.confirmed() == null ? null : m.confirmed().minorUnits())
				.param("reference", m.reference())
				.update();
		}
	}

	boolean settlementExists(String partner, LocalDate businessDate) {
		return jdbc.sql(
				"select count(*) from deposits.retail_settlement where partner_code = :partner and business_date = :date")
			.param("partner", partner)
			.param("date", businessDate)
			.query(Integer.class)
			.single() > 0;
	}

	/** The newest settlement files, newest business day first. */
	public List<Settlement> settlements(int limit) {
		return jdbc
			.sql("select * from deposits.retail_settlement order by business_date desc, partner_code limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new Settlement(rs.getObject("id", UUID.class), rs.getString("partner_code"),
					rs.getObject("business_date", LocalDate.class), rs.getInt("lines"), rs.getInt("matched"),
					Money.ofMinor(rs.getLong("total_minor"), rs.getString("currency")),
					rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by")))
			.list();
	}

	public List<Mismatch> mismatchesOf(UUID settlement) {
		return jdbc
			.sql("""
					select m.*, s.currency from deposits.retail_mismatch m join deposits.retail_settlement s on s.id = m.settlement_id
					 where m.settlement_id = :settlement order by m.kind, m.transaction_id""")
			.param("settlement", settlement)
			.query((rs, n) -> new Mismatch(rs.getString("transaction_id"), rs.getString("kind"),
					money(rs, "file_minor", rs.getString("currency")),
					money(rs, "confirmed_minor", rs.getString("currency")), rs.getString("reference")))
			.list();
	}

	private static @Nullable Money money(ResultSet rs, String column, String currency) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : Money.ofMinor(value, currency);
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static PaySlip slip(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("currency");
		return new PaySlip(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("inmate_id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				rs.getObject("account_id", UUID.class), Money.ofMinor(rs.getLong("amount_minor"), currency),
				Money.ofMinor(rs.getLong("fee_minor"), currency), PaySlipStatus.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant(), instant(rs, "paid_at"));
	}

	private static RetailPayment payment(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("currency");
		return new RetailPayment(rs.getObject("id", UUID.class), rs.getString("partner_code"),
				rs.getString("transaction_id"), rs.getString("request_hash"), rs.getObject("pay_slip_id", UUID.class),
				rs.getObject("inmate_id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				Money.ofMinor(rs.getLong("amount_minor"), currency), Money.ofMinor(rs.getLong("fee_minor"), currency),
				Money.ofMinor(rs.getLong("commission_minor"), currency),
				RetailPaymentStatus.valueOf(rs.getString("status")), rs.getString("hold_reason"),
				rs.getObject("received_at", OffsetDateTime.class).toInstant(), instant(rs, "decided_at"),
				rs.getString("decided_by"));
	}

}
