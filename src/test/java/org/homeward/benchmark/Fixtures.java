package org.homeward.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows benchmarks stand on (families with cards and tokens, agencies with contracts),
 * and their statements as pgbench scripts write them.
 */
final class Fixtures {

	private Fixtures() {
	}

	/**
	 * The statements of the API's sign-in check (the bearer token's session joined to its
	 * account) and the card charge through the sandbox gateway, as a pgbench script
	 * writes them: they open every purchase and deposit. Expects {@code :n} (a row of
	 * {@code public.bench_family}); sets {@code :account}, {@code :method},
	 * {@code :card}, and the fixture's columns named (read in the same statement, so that
	 * the fixture costs no statement of its own).
	 */
	static String signedInRequest(String fixtureColumns) {
		return """
				SELECT s.last_seen_at, a.id AS account, a.kind, a.display_name, a.agency_id, a.facility_id, b.method, b.card, %s
				  FROM public.bench_family b JOIN accounts.api_session s ON s.token_hash = b.token_hash
				  JOIN accounts.account a ON a.id = s.account_id WHERE b.n = :n AND s.ended_at IS NULL AND a.status = 'ACTIVE' \\gset
				"""
			.formatted(fixtureColumns);
	}

	/**
	 * The charge recorded as pending, in the transaction that records the payment.
	 * Expects {@code :p}, {@code :account}, {@code :method}.
	 */
	static String chargeOpened(long amountMinor, String description) {
		return """
				INSERT INTO payments.charge (id, account_id, payment_method_id, amount_minor, currency, description, status,
				  refunded_minor, created_at, updated_at)
				  VALUES (:p, :account, :method, %d, 'USD', '%s', 'PENDING', 0, now(), now()) ON CONFLICT DO NOTHING;
				"""
			.formatted(amountMinor, description);
	}

	/**
	 * The card charge sent: the sandbox gateway keeps its books (as a remote gateway
	 * would on its side). Expects {@code :p}, {@code :card}.
	 */
	static String chargeSent(long amountMinor) {
		return """
				SELECT behaviour FROM payments.sandbox_card WHERE token = :card;
				INSERT INTO payments.sandbox_charge (idempotency_key, token, amount_minor, currency, outcome, reference, refunded_minor, created_at)
				  VALUES (CAST(:p AS text), :card, %d, 'USD', 'APPROVED', 'ch_' || md5(CAST(:p AS text)), 0, now()) ON CONFLICT DO NOTHING;
				"""
			.formatted(amountMinor);
	}

	/**
	 * The gateway's answer recorded, in the transaction that settles the payment. Expects
	 * {@code :p}.
	 */
	static String chargeCaptured() {
		return """
				UPDATE payments.charge SET status = 'CAPTURED', gateway_reference = coalesce('ch_' || md5(CAST(:p AS text)), gateway_reference),
				  decline_reason = NULL, updated_at = now() WHERE id = :p AND status IN ('PENDING', 'UNKNOWN');
				""";
	}

	/**
	 * The receipt put in the outbox, as long as the ones the application wrote. Expects
	 * {@code :email}.
	 */
	static String receipt(JdbcClient jdbc) {
		Map<String, Object> sizes = jdbc
			.sql("""
					select max(subject) as subject, coalesce(round(avg(length(text_body))), 0) as text, coalesce(round(avg(length(html_body))), 0) as html
					  from notifications.outbox""")
			.query()
			.singleRow();
		return """
				INSERT INTO notifications.outbox (id, to_address, subject, text_body, html_body, created_at, next_attempt, attempts)
				  VALUES (gen_random_uuid(), :email, '%s', repeat('x', %s), repeat('x', %s), now(), now(), 0);
				"""
			.formatted(String.valueOf(sizes.get("subject")).replace("'", "''"), sizes.get("text"), sizes.get("html"));
	}

	record Family(UUID id, String token, UUID card) {
	}

	/** A family member ({@code bench-<n>@example.com}) and a live API token of theirs. */
	record Member(UUID id, String token) {
	}

	static Member signedInMember(JdbcClient jdbc, int n) throws Exception {
		UUID id = UUID.randomUUID();
		String token = UUID.randomUUID() + "-" + UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql(
				"insert into accounts.account (id, kind, email, password_hash, display_name, status, created_at) values (:id, 'FAMILY', :email, 'x', 'Bench', 'ACTIVE', :now)")
			.param("id", id)
			.param("email", "bench-" + n + "@example.com")
			.param("now", now)
			.update();
		jdbc.sql(
				"insert into accounts.api_session (token_hash, account_id, created_at, last_seen_at) values (:hash, :id, :now, :now)")
			.param("hash",
					HexFormat.of()
						.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))))
			.param("id", id)
			.param("now", now)
			.update();
		return new Member(id, token);
	}

	/**
	 * A family member with a live API token and a saved sandbox card that approves every
	 * charge.
	 */
	static Family family(JdbcClient jdbc, int n) throws Exception {
		Member member = signedInMember(jdbc, n);
		UUID id = member.id();
		String token = member.token();
		UUID card = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("insert into payments.sandbox_card (token, behaviour, created_at) values (:token, 'APPROVE', :now)")
			.param("token", "tok_bench_" + n)
			.param("now", now)
			.update();
		jdbc.sql(
				"""
						insert into payments.payment_method (id, account_id, gateway_token, brand, last4, expiry_month, expiry_year,
						  cardholder_name, address_line1, city, region, postal_code, country, created_at)
						values (:id, :account, :token, 'VISA', '4242', 12, 2030, 'Bench', '1 Main St', 'Miami', 'FL', '33101', 'US', :now)""")
			.param("id", card)
			.param("account", id)
			.param("token", "tok_bench_" + n)
			.param("now", now)
			.update();
		return new Family(id, token, card);
	}

	/**
	 * An agency of a benchmark with a facility MAIN, and the contract it returns the id
	 * of.
	 */
	record BenchAgency(UUID id, UUID contract, UUID facility) {
	}

	/**
	 * An agency with an active OPEN contract (the demo's rules and prices, deposits
	 * limited per day to {@code dailyDepositMaxMinor}), one facility, and these services
	 * switched on.
	 */
	static BenchAgency agency(JdbcClient jdbc, String code, long dailyDepositMaxMinor, String... services) {
		UUID id = UUID.randomUUID();
		UUID contract = UUID.randomUUID();
		UUID facility = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql(
				"insert into directory.agency (id, code, name, state, kind, created_at) values (:id, :code, :code, 'ZZ', 'STATE', :now)")
			.param("id", id)
			.param("code", code)
			.param("now", now)
			.update();
		jdbc.sql(
				"insert into directory.facility (id, agency_id, code, name) values (:id, :agency, 'MAIN', 'Main Unit')")
			.param("id", facility)
			.param("agency", id)
			.update();
		jdbc.sql(
				"""
						insert into contracts.contract (id, agency_id, status, starts_on, export_retention_days, contact_policy, contact_cap,
						  screening_policy, hold_all_photos, message_delivery, chars_per_page, max_chars, photos_allowed, max_photos,
						  stamps_per_page, stamps_per_photo, stamps_per_reply, currency, inmate_stamp_price_minor, deposit_max_minor,
						  deposit_daily_max_minor, deposit_30_day_max_minor, deposit_commission_minor, message_commission_minor, version, updated_at)
						values (:id, :agency, 'ACTIVE', date '2026-01-01', 365, 'OPEN', 30, 'HOLD_FLAGGED', false, 'ELECTRONIC', 6000, 30000,
						  true, 5, 1, 1, 1, 'USD', 45, 30000, :daily, :daily, 250, 5, 0, :now)""")
			.param("id", contract)
			.param("agency", id)
			.param("daily", dailyDepositMaxMinor)
			.param("now", now)
			.update();
		for (String service : services) {
			jdbc.sql("insert into contracts.service (contract_id, service, enabled) values (:id, :service, true)")
				.param("id", contract)
				.param("service", service)
				.update();
		}
		return new BenchAgency(id, contract, facility);
	}

}
