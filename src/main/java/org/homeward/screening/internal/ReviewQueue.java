package org.homeward.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.Messages;
import org.homeward.shared.Caller;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailroom's review queue: the agency's held messages, oldest first, with why each
 * was held; approve or reject with a reason from the agency's list (the sender sees it,
 * and the stamps go back), or reject some photos and deliver the rest. Staff see only
 * their agency (and their facility, where they are limited to one); every decision is in
 * the audit log.
 */
@Service
public class ReviewQueue {

	/**
	 * Why a message was held; {@code start} and {@code end} mark matched words in the
	 * body, when there are any.
	 */
	public record FlagView(String kind, String detail, @Nullable Integer start, @Nullable Integer end) {
	}

	/** A held message as a reviewer sees it. */
	public record Held(Messages.Subject message, String from, String to, String facility, List<FlagView> flags) {

		/**
		 * The body cut into pieces, the matched words marked, for showing them
		 * highlighted.
		 */
		public List<Piece> pieces() {
			List<Piece> pieces = new ArrayList<>();
			String body = message.body();
			int at = 0;
			for (FlagView flag : flags.stream()
				.filter(f -> f.start() != null && f.end() != null)
				.sorted(Comparator.comparing(FlagView::start))
				.toList()) {
				if (flag.start() < at) {
					continue;
				}
				pieces.add(new Piece(body.substring(at, flag.start()), false));
				pieces.add(new Piece(body.substring(flag.start(), flag.end()), true));
				at = flag.end();
			}
			pieces.add(new Piece(body.substring(at), false));
			return pieces;
		}

	}

	/** A piece of a message body; {@code marked} when screening matched it. */
	public record Piece(String text, boolean marked) {
	}

	private final Messages messages;

	private final ScreeningLists lists;

	private final Directory directory;

	private final Members members;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ReviewQueue(Messages messages, ScreeningLists lists, Directory directory, Members members, JdbcClient jdbc,
			AuditLog audit, Clock clock) {
		this.messages = messages;
		this.lists = lists;
		this.directory = directory;
		this.members = members;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The reviewer's agency, when the caller may review. */
	public static TenantId reviewerAgency(Caller caller) {
		return caller.staffAgency(Role.MAILROOM);
	}

	/** The held messages the reviewer may see, oldest first. */
	public List<Held> held(Caller reviewer, @Nullable UUID facility) {
		TenantId agency = reviewerAgency(reviewer);
		UUID scope = reviewer.facility() != null ? reviewer.facility() : facility;
		return messages.held(agency, scope, 200).stream().map(this::held).toList();
	}

	/**
	 * Decides on a held message.
	 * @param rejectedPhotos with APPROVE: photos to reject while the rest is delivered
	 * @throws InvalidInputException when a reason is needed and is not one of the
	 * agency's
	 * @throws NotFoundException for a message of another agency or facility, or one not
	 * held
	 */
	@Transactional
	public Messages.Subject decide(Caller reviewer, UUID id, String decision, @Nullable String reason,
			List<UUID> rejectedPhotos) {
		TenantId agency = reviewerAgency(reviewer);
		Messages.Subject message = messages.subject(id)
			.filter(m -> m.agency().equals(agency))
			.filter(m -> reviewer.facility() == null || reviewer.facility().equals(m.facilityId()))
			.filter(m -> m.status() == MessageStatus.HELD)
			.orElseThrow(() -> new NotFoundException("held message"));
		if (decision.equals("REJECT")) {
			String text = reason(agency, reason);
			messages.reject(id, text);
			record(reviewer, message, "REJECT", text, "message.rejected");
		}
		else {
			if (!rejectedPhotos.isEmpty()) {
				String text = reason(agency, reason);
				messages.rejectPhotos(id, rejectedPhotos, text);
				record(reviewer, message, "APPROVE", text, "message.photos-rejected");
			}
			messages.release(id);
			record(reviewer, message, "APPROVE", null, "message.approved");
		}
		return messages.subject(id).orElseThrow();
	}

	/** The agency's text for a reason given by its code or its text. */
	private String reason(TenantId agency, @Nullable String given) {
		List<ScreeningLists.Reason> reasons = lists.reasons(agency);
		return reasons.stream()
			.filter(r -> given != null
					&& (r.code().equalsIgnoreCase(given.trim()) || r.text().equalsIgnoreCase(given.trim())))
			.map(ScreeningLists.Reason::text)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("reason", "must be one of the agency's reasons: "
					+ String.join(", ", reasons.stream().map(ScreeningLists.Reason::code).toList())));
	}

	private void record(Caller reviewer, Messages.Subject message, String decision, @Nullable String reason,
			String action) {
		jdbc.sql("""
				insert into screening.decision (id, message_id, decision, reason, decided_by, decided_at)
				values (:id, :message, :decision, :reason, :by, :at)""")
			.param("id", Ids.next())
			.param("message", message.id())
			.param("decision", decision)
			.param("reason", reason)
			.param("by", reviewer.accountId())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		audit.record(new AuditEntry(reviewer.accountId(), reviewer.displayName(), message.agency(), action,
				message.id().toString(), reason, null));
	}

	private Held held(Messages.Subject message) {
		String family = members.member(message.accountId()).map(Members.Member::displayName).orElse("");
		String inmate = directory.inmate(message.inmateId())
			.map(i -> i.firstName() + " " + i.lastName() + " (" + i.inmateNumber() + ")")
			.orElse("");
		String facility = directory.facilities(message.agency())
			.stream()
			.filter(f -> f.id().equals(message.facilityId()))
			.map(FacilityView::name)
			.findFirst()
			.orElse("");
		List<FlagView> flags = jdbc.sql(
				"select kind, detail, start_index, end_index from screening.flag where message_id = :id order by start_index")
			.param("id", message.id())
			.query(ReviewQueue::flag)
			.list();
		return new Held(message, message.toInmate() ? family : inmate, message.toInmate() ? inmate : family, facility,
				flags);
	}

	private static FlagView flag(ResultSet rs, int n) throws SQLException {
		int start = rs.getInt("start_index");
		Integer startOrNull = rs.wasNull() ? null : start;
		int end = rs.getInt("end_index");
		Integer endOrNull = rs.wasNull() ? null : end;
		return new FlagView(rs.getString("kind"), rs.getString("detail"), startOrNull, endOrNull);
	}

	/**
	 * How long the oldest held message of each facility of the reviewer's agency has
	 * waited, by facility name.
	 */
	public Map<String, Duration> queueAges(Caller reviewer) {
		TenantId agency = reviewerAgency(reviewer);
		Instant now = clock.instant();
		Map<String, Duration> ages = new LinkedHashMap<>();
		messages.oldestHeldByFacility(agency)
			.entrySet()
			.stream()
			.filter(held -> reviewer.reaches(held.getKey()))
			.forEach(held -> ages.put(
					directory.facilities(agency)
						.stream()
						.filter(f -> f.id().equals(held.getKey()))
						.map(FacilityView::name)
						.findFirst()
						.orElse(held.getKey().toString().toLowerCase(Locale.ROOT)),
					Duration.between(held.getValue(), now)));
		return ages;
	}

}
