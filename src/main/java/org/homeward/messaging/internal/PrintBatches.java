package org.homeward.messaging.internal;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.directory.Directory;
import org.homeward.messaging.MessageStatus;
import org.homeward.shared.Caller;
import org.homeward.shared.Ids;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Printed mail: at facilities that print their mail, the messages waiting to be printed
 * are gathered into a batch (every day by themselves, or when the mailroom asks), which
 * marks them PRINTED for their senders; the batch is one PDF, messages in housing-unit
 * and inmate order, each with a header and its photos. Printing a batch again is a
 * reprint, and is audited.
 */
@Service
public class PrintBatches {

	/** A batch as the mailroom lists it. */
	public record Batch(UUID id, UUID facilityId, int messages, int downloads, Instant createdAt) {
	}

	/** Who the audit log names for batches Homeward makes by itself. */
	private static final Caller SYSTEM = Caller.system("Homeward (daily print batch)");

	private final JdbcClient jdbc;

	private final MessageRecords records;

	private final Attachments attachments;

	private final Directory directory;

	private final Members members;

	private final AuditLog audit;

	private final PrintBatchPdf pdf;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PrintBatches(JdbcClient jdbc, MessageRecords records, Attachments attachments, Directory directory, Members members,
			AuditLog audit, PrintBatchPdf pdf, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.attachments = attachments;
		this.directory = directory;
		this.members = members;
		this.audit = audit;
		this.pdf = pdf;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** How many messages wait to be printed, per facility of the agency. */
	public Map<UUID, Integer> queued(TenantId agency, Caller by) {
		Map<UUID, Integer> queued = new LinkedHashMap<>();
		jdbc.sql("""
				select facility_id, count(*) as waiting from messaging.message
				 where agency_id = :agency and status = 'QUEUED_FOR_PRINT' group by facility_id""")
			.param("agency", agency.value())
			.query(rs -> {
				if (by.reaches(rs.getObject("facility_id", UUID.class))) {
					queued.put(rs.getObject("facility_id", UUID.class), rs.getInt("waiting"));
				}
			});
		return queued;
	}

	/**
	 * Gathers the facility's waiting messages into a batch and marks them PRINTED.
	 * @return the batch, or empty when nothing waits
	 */
	@Transactional
	public Optional<Batch> create(TenantId agency, UUID facility, Caller by) {
		if (!by.reaches(facility)) {
			throw new NotFoundException("facility");
		}
		List<UUID> waiting = jdbc.sql("""
				select id from messaging.message where agency_id = :agency and facility_id = :facility
				   and status = 'QUEUED_FOR_PRINT' order by sent_at for update""")
			.param("agency", agency.value())
			.param("facility", facility)
			.query(UUID.class)
			.list();
		if (waiting.isEmpty()) {
			return Optional.empty();
		}
		UUID id = Ids.next();
		Instant now = clock.instant();
		jdbc.sql(
				"""
						insert into messaging.print_batch (id, agency_id, facility_id, message_count, downloads, created_at, created_by)
						values (:id, :agency, :facility, :count, 0, :now, :by)""")
			.param("id", id)
			.param("agency", agency.value())
			.param("facility", facility)
			.param("count", waiting.size())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("by", by.accountId())
			.update();
		for (UUID message : waiting) {
			jdbc.sql("update messaging.message set print_batch_id = :batch where id = :id")
				.param("batch", id)
				.param("id", message)
				.update();
			records.move(message, MessageStatus.QUEUED_FOR_PRINT, MessageStatus.PRINTED, now, null);
		}
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "print-batch.created", id.toString(),
				waiting.size() + " messages", null));
		return batch(agency, id, by);
	}

	/** Every facility's daily batch, made by Homeward itself. */
	@Scheduled(cron = "${homeward.messaging.print-batches-cron:0 0 5 * * *}", zone = "UTC")
	@SchedulerLock(name = "messaging.print-batches")
	@Transactional
	public void daily() {
		jdbc.sql("select distinct agency_id, facility_id from messaging.message where status = 'QUEUED_FOR_PRINT'")
			.query((rs,
					n) -> new UUID[] { rs.getObject("agency_id", UUID.class), rs.getObject("facility_id", UUID.class) })
			.list()
			.forEach(pair -> create(new TenantId(pair[0]), pair[1], SYSTEM));
	}

	/** The agency's latest batches, of the facilities the caller reaches. */
	public List<Batch> batches(TenantId agency, Caller by) {
		return jdbc
			.sql("select * from messaging.print_batch where agency_id = :agency order by created_at desc limit 100")
			.param("agency", agency.value())
			.query(PrintBatches::row)
			// read whole: a stream of the query holds its connection until it is closed
			.list()
			.stream()
			.filter(b -> by.reaches(b.facilityId()))
			.toList();
	}

	/** The batch, when it is of the agency and of a facility the caller reaches. */
	public Optional<Batch> batch(TenantId agency, UUID id, Caller by) {
		return jdbc.sql("select * from messaging.print_batch where id = :id and agency_id = :agency")
			.param("id", id)
			.param("agency", agency.value())
			.query(PrintBatches::row)
			.optional()
			.filter(b -> by.reaches(b.facilityId()));
	}

	/**
	 * The batch as a PDF to print, written to {@code target}, letters in housing-unit and
	 * inmate order; every download after the first is a reprint, recorded in the audit
	 * log. Rendered in parts of a few dozen photos, so a large facility's day of mail
	 * takes bounded memory.
	 * @throws NotFoundException for another agency's batch
	 */
	public void pdf(TenantId agency, UUID id, Caller by, OutputStream target) {
		Batch batch = batch(agency, id, by).orElseThrow(() -> new NotFoundException("print batch"));
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update messaging.print_batch set downloads = downloads + 1 where id = :id")
				.param("id", id)
				.update();
			if (batch.downloads() > 0) {
				audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "print-batch.reprinted",
						id.toString(), "printing number " + (batch.downloads() + 1), null));
			}
		});
		pdf.write(agency, batch, target);
	}

	private static Batch row(ResultSet rs, int n) throws SQLException {
		return new Batch(rs.getObject("id", UUID.class), rs.getObject("facility_id", UUID.class),
				rs.getInt("message_count"), rs.getInt("downloads"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
