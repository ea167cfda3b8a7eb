package org.homeward.visits.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.directory.Directory;
import org.homeward.files.BlobStore;
import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recordings of monitored visits, as investigators use them (RecordingCollector makes
 * and deletes them). Legal visits have no room recording, so nothing is ever found for
 * them. Investigators and administrators of the agency search them by inmate, visitor and
 * date, play and export them, and hold them past their retention; each play, export and
 * hold is in the audit log.
 */
@Component
public class Recordings {

	/** A recording as investigators see it. */
	public record RecordingView(UUID id, String side, int part, Instant startedAt, Duration duration, long bytes,
			String sha256, Instant keepUntil, boolean held, @Nullable String holdReason, boolean purged) {

		static RecordingView of(RecordingRecords.Recording r) {
			return new RecordingView(r.id(), r.side(), r.part(), r.startedAt(), Duration.ofMillis(r.durationMs()),
					r.bytes(), r.sha256(), r.keepUntil(), r.held(), r.holdReason(), r.purgedAt() != null);
		}

	}

	/** A past visit and its recordings. */
	public record Found(VisitViews.VisitView visit, List<RecordingView> recordings) {
	}

	/** A recording's file, to play or to export. */
	public record Playable(RecordingView recording, Resource file, String fileName) {
	}

	private final RecordingRecords records;

	private final VisitRecords visits;

	private final VisitViews views;

	private final Schedules schedules;

	private final BlobStore blobs;

	private final Directory directory;

	private final Members members;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	Recordings(RecordingRecords records, VisitRecords visits, VisitViews views, Schedules schedules, BlobStore blobs,
			Directory directory, Members members, AuditLog audit, TransactionTemplate transactions) {
		this.records = records;
		this.visits = visits;
		this.views = views;
		this.schedules = schedules;
		this.blobs = blobs;
		this.directory = directory;
		this.members = members;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * Past visits of the staff member's agency with recordings, between two dates (in the
	 * facilities' zone), narrowed to an inmate (by number) and a visitor (by e-mail) when
	 * given; newest first, at most 100.
	 */
	public List<Found> search(Caller staff, @Nullable String inmateNumber, @Nullable String visitorEmail,
			LocalDate from, LocalDate to) {
		TenantId agency = staff.staffAgency(Role.INVESTIGATION);
		UUID inmate = null;
		if (inmateNumber != null && !inmateNumber.isBlank()) {
			Optional<UUID> found = directory.inmateByNumber(agency, inmateNumber.strip()).map(i -> i.id());
			if (found.isEmpty()) {
				return List.of();
			}
			inmate = found.get();
		}
		UUID account = null;
		if (visitorEmail != null && !visitorEmail.isBlank()) {
			Optional<UUID> found = members.familyByEmail(visitorEmail.strip());
			if (found.isEmpty()) {
				return List.of();
			}
			account = found.get();
		}
		ZoneId zone = zone(agency);
		return records
			.recordedVisits(agency, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
					inmate, account, 100)
			.stream()
			.map(id -> visits.byId(id).orElseThrow())
			.filter(v -> staff.reaches(v.facility()))
			.map(v -> new Found(views.view(v), records.ofVisit(v.id()).stream().map(RecordingView::of).toList()))
			.toList();
	}

	/**
	 * A recording's file for the staff member, recorded in the audit log as played or
	 * exported (a player reads a file in several ranges: only its first read is a play).
	 * @throws NotFoundException for a recording of another agency, a facility they do not
	 * reach, or one already deleted
	 */
	public Playable open(Caller staff, UUID id, boolean export, boolean firstRead) {
		RecordingRecords.Recording recording = reachable(staff, id);
		Resource file = recording.purgedAt() == null ? blobs.open(recording.blobKey()).orElse(null) : null;
		if (file == null) {
			throw new NotFoundException("recording");
		}
		if (export || firstRead) {
			transactions.executeWithoutResult(status -> audit.record(new AuditEntry(staff.accountId(),
					staff.displayName(), recording.agency(), export ? "recording.exported" : "recording.played",
					recording.id().toString(), "visit " + recording.visit() + ", sha256 " + recording.sha256(), null)));
		}
		String name = "visit-" + recording.visit() + "-" + recording.side().toLowerCase(Locale.ROOT) + "-"
				+ recording.part() + ".webm";
		return new Playable(RecordingView.of(recording), file, name);
	}

	/** Holds a recording past its retention (legal hold), or releases it; audited. */
	public RecordingView hold(Caller staff, UUID id, boolean held, @Nullable String reason) {
		RecordingRecords.Recording recording = reachable(staff, id);
		if (recording.purgedAt() != null) {
			throw new NotFoundException("recording");
		}
		transactions.executeWithoutResult(status -> {
			records.hold(id, held, held ? reason : null);
			audit.record(new AuditEntry(staff.accountId(), staff.displayName(), recording.agency(),
					held ? "recording.held" : "recording.released", id.toString(), reason, null));
		});
		return RecordingView.of(records.byId(id).orElseThrow());
	}

	private RecordingRecords.Recording reachable(Caller staff, UUID id) {
		TenantId agency = staff.staffAgency(Role.INVESTIGATION);
		return records.byId(id)
			.filter(r -> r.agency().equals(agency)
					&& staff.reaches(visits.byId(r.visit()).map(VisitRecords.Visit::facility).orElse(null)))
			.orElseThrow(() -> new NotFoundException("recording"));
	}

	private ZoneId zone(TenantId agency) {
		return directory.facilities(agency)
			.stream()
			.map(f -> schedules.of(f.id()))
			.flatMap(Optional::stream)
			.map(Schedule::zone)
			.findFirst()
			.orElse(ZoneId.of("UTC"));
	}

}
