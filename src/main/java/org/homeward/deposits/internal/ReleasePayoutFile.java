package org.homeward.deposits.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.deposits.internal.ReleasePayouts.Payout;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An agency's release payouts of a day, and the trust office's file of them. */
@Component
public class ReleasePayoutFile {

	private final JdbcClient jdbc;

	private final Directory directory;

	ReleasePayoutFile(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** The payouts of an agency made on a day (UTC), the oldest first. */
	public List<Payout> of(TenantId agency, LocalDate day) {
		return jdbc
			.sql("""
					select * from deposits.release_payout where agency_id = :agency and created_at >= :from and created_at < :to
					 order by created_at, id""")
			.param("agency", agency.value())
			.param("from", day.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
			.param("to", day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
			.query((rs, n) -> new Payout(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
					new TenantId(rs.getObject("agency_id", UUID.class)), rs.getString("method"),
					rs.getObject("deposit_id", UUID.class), rs.getObject("account_id", UUID.class),
					Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The trust office's file of a day: one line a person to pay, with what to pay and
	 * why (ACH-style: payee, reference, amount), and the card refunds made that day for
	 * its records.
	 */
	public String file(TenantId agency, LocalDate day) {
		StringWriter out = new StringWriter();
		List<Payout> payouts = of(agency, day);
		Map<UUID, InmateView> people = new HashMap<>();
		directory.inmates(payouts.stream().map(Payout::inmateId).distinct().toList())
			.forEach(i -> people.put(i.id(), i));
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("payout_id", "method", "inmate_number", "payee", "amount", "currency", "paid_at", "reference")
			.get()
			.print(out)) {
			for (Payout p : payouts) {
				InmateView who = people.get(p.inmateId());
				csv.printRecord(p.id(), p.method(), who == null ? "" : who.inmateNumber(),
						who == null ? "" : who.firstName() + " " + who.lastName(), p.amount().toDecimalString(),
						p.amount().currency().getCurrencyCode(), p.createdAt(),
						p.depositId() == null ? "release" : "deposit " + p.depositId());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
