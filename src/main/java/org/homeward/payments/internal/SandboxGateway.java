package org.homeward.payments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.homeward.shared.Money;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The built-in gateway, behaving as a real one does with the payment industry's test
 * cards (API.md): {@code 4242 4242 4242 4242}, {@code 5555 5555 5555 4444} and
 * {@code 6011 1111 1111 1117} are approved, {@code 4000 0000 0000 0002} declined,
 * {@code 4000 0000 0000 9995} has insufficient funds, any other valid number is declined.
 * By configuration it answers slowly, or not at all (after acting or before), to exercise
 * timeouts, retries and reconciliation. Its books are its own tables, as a real gateway's
 * would be its own.
 */
@Component
class SandboxGateway implements PaymentGateway, DisposableBean {

	/**
	 * @param latency how long every call takes
	 * @param lostAnswerRate the share of charges that are made but whose answer never
	 * arrives
	 * @param unavailableRate the share of calls refused before anything happens
	 */
	@ConfigurationProperties("homeward.payments.sandbox")
	record Settings(@DefaultValue("0ms") Duration latency, @DefaultValue("0") double lostAnswerRate,
			@DefaultValue("0") double unavailableRate) {
	}

	private static final Map<String, String> BEHAVIOUR = Map.of("4242424242424242", "APPROVE", "5555555555554444",
			"APPROVE", "6011111111111117", "APPROVE", "4000000000000002", "DECLINE", "4000000000009995",
			"INSUFFICIENT_FUNDS");

	private final HikariDataSource pool;

	private final JdbcClient jdbc;

	private final Settings settings;

	private final Clock clock;

	/**
	 * The sandbox keeps its books through a small connection pool of its own, as a remote
	 * gateway would be: it never waits for (or starves) the application's pool.
	 */
	SandboxGateway(DataSourceProperties database, Settings settings, Clock clock) {
		this.pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		this.pool.setPoolName("sandbox-gateway");
		this.pool.setMaximumPoolSize(8);
		this.pool.setMinimumIdle(1);
		this.jdbc = JdbcClient.create(pool);
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void destroy() {
		pool.close();
	}

	@Override
	public String tokenize(String number, int expiryMonth, int expiryYear, String cvc) {
		String token = "tok_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("insert into payments.sandbox_card (token, behaviour, created_at) values (:token, :behaviour, :now)")
			.param("token", token)
			.param("behaviour", BEHAVIOUR.getOrDefault(number, "DECLINE"))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return token;
	}

	@Override
	public Outcome charge(String token, Money amount, String idempotencyKey) {
		pause();
		if (roll(settings.unavailableRate())) {
			throw new Unavailable("sandbox gateway unavailable");
		}
		String behaviour = jdbc.sql("select behaviour from payments.sandbox_card where token = :token")
			.param("token", token)
			.query(String.class)
			.optional()
			.orElse("DECLINE");
		String outcome = switch (behaviour) {
			case "APPROVE" -> "APPROVED";
			case "INSUFFICIENT_FUNDS" -> "INSUFFICIENT_FUNDS";
			default -> "DECLINED";
		};
		String reference = "ch_" + UUID.randomUUID().toString().replace("-", "");
		int made = jdbc
			.sql("""
					insert into payments.sandbox_charge (idempotency_key, token, amount_minor, currency, outcome, reference, refunded_minor, created_at)
					values (:key, :token, :amount, :currency, :outcome, :reference, 0, :now) on conflict do nothing""")
			.param("key", idempotencyKey)
			.param("token", token)
			.param("amount", amount.minorUnits())
			.param("currency", amount.currency().getCurrencyCode())
			.param("outcome", outcome)
			.param("reference", reference)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		// a key seen before gets the first answer again, whatever this request asked
		Outcome recorded = made == 1 ? outcome(outcome, reference) : lookup(idempotencyKey).orElseThrow();
		if (roll(settings.lostAnswerRate())) {
			throw new Unavailable("sandbox gateway answer lost");
		}
		return recorded;
	}

	private Optional<Outcome> lookup(String idempotencyKey) {
		return jdbc.sql("select outcome, reference from payments.sandbox_charge where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query((rs, n) -> outcome(rs.getString("outcome"), rs.getString("reference")))
			.optional();
	}

	private static Outcome outcome(String outcome, String reference) {
		return switch (outcome) {
			case "APPROVED" -> Outcome.approved(reference);
			case "INSUFFICIENT_FUNDS" -> Outcome.declined("insufficient funds");
			default -> Outcome.declined("declined by the card issuer");
		};
	}

	@Override
	public boolean refund(String reference, Money amount, String idempotencyKey) {
		pause();
		int first = jdbc.sql("""
				insert into payments.sandbox_refund (idempotency_key, reference, amount_minor, created_at)
				values (:key, :reference, :amount, :now) on conflict do nothing""")
			.param("key", idempotencyKey)
			.param("reference", reference)
			.param("amount", amount.minorUnits())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		if (first == 0) {
			return true;
		}
		return jdbc.sql("""
				update payments.sandbox_charge set refunded_minor = refunded_minor + :amount
				 where reference = :reference and outcome = 'APPROVED' and refunded_minor + :amount <= amount_minor""")
			.param("amount", amount.minorUnits())
			.param("reference", reference)
			.update() == 1;
	}

	private void pause() {
		if (!settings.latency().isZero()) {
			try {
				Thread.sleep(settings.latency().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new Unavailable("interrupted");
			}
		}
	}

	private static boolean roll(double rate) {
		return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
	}

}
