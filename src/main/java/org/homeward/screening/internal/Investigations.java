package org.homeward.screening.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.directory.Directory;
import org.homeward.messaging.Messages;
import org.homeward.shared.Caller;
import org.homeward.shared.Hashes;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Investigators search their agency's archive (words, ranked; sender, inmate, facility,
 * dates), see who an inmate writes with, and export a set of messages as an evidence PDF
 * with the SHA-256 of each message. Every search and export is in the audit log.
 */
@Service
public class Investigations {

	/**
	 * A message as an investigator sees it, with the fingerprint that proves it
	 * unchanged.
	 */
	public record Found(Messages.Subject message, String from, String to, String sha256) {
	}

	/** Someone an inmate writes with. */
	public record Correspondent(UUID accountId, String name, String email, long messages, Instant last) {
	}

	/** What stands in for the text of privileged mail. */
	static final String PRIVILEGED = "(privileged legal mail: its content is not shown)";

	private final Messages messages;

	private final Members members;

	private final Directory directory;

	private final AuditLog audit;

	private final TemplateEngine templates;

	private final Clock clock;

	Investigations(Messages messages, Members members, Directory directory, AuditLog audit, TemplateEngine templates,
			Clock clock) {
		this.messages = messages;
		this.members = members;
		this.directory = directory;
		this.audit = audit;
		this.templates = templates;
		this.clock = clock;
	}

	/** The investigator's agency, when the caller may investigate. */
	public static TenantId investigatorAgency(Caller caller) {
		return caller.staffAgency(Role.INVESTIGATION);
	}

	@Transactional
	public List<Found> search(Caller investigator, Messages.Search search) {
		TenantId agency = investigatorAgency(investigator);
		if (investigator.facility() != null) {
			// staff limited to one facility search only its mail, whatever facility they
			// ask for
			search = new Messages.Search(search.words(), search.inmateId(), search.accountId(), investigator.facility(),
					search.from(), search.to());
		}
		List<Found> found = messages.search(agency, search, 200).stream().map(this::found).toList();
		audit.record(new AuditEntry(investigator.accountId(), investigator.displayName(), agency,
				"investigation.searched", null, describe(search) + " -> " + found.size() + " messages", null));
		return found;
	}

	public List<Correspondent> correspondents(Caller investigator, UUID inmate) {
		TenantId agency = investigatorAgency(investigator);
		directory.inmate(inmate)
			.filter(i -> i.agency().id().equals(agency) && investigator.reaches(i.facility().id()))
			.orElseThrow(() -> new NotFoundException("inmate"));
		return messages.correspondents(agency, inmate)
			.stream()
			.map(c -> new Correspondent(c.accountId(),
					members.member(c.accountId()).map(Members.Member::displayName).orElse(""),
					members.member(c.accountId()).map(Members.Member::email).orElse(""), c.messages(), c.last()))
			.toList();
	}

	/**
	 * The messages as an evidence PDF: each with who, when, where, its text and its
	 * SHA-256.
	 * @throws NotFoundException when one of them is not a message of the investigator's
	 * agency
	 */
	@Transactional
	public byte[] evidence(Caller investigator, List<UUID> ids) {
		TenantId agency = investigatorAgency(investigator);
		if (ids.isEmpty() || ids.size() > 500) {
			throw new InvalidInputException("messageIds", "must name 1 to 500 messages");
		}
		List<Found> found = ids.stream()
			.map(id -> messages.subject(id)
				.filter(m -> m.agency().equals(agency) && investigator.reaches(m.facilityId()) && !m.privileged())
				.orElseThrow(() -> new NotFoundException("message")))
			.map(this::found)
			.toList();
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("found", found);
		context.setVariable("investigator", investigator.displayName());
		context.setVariable("exportedAt", clock.instant().toString());
		String html = templates.process("screening/evidence-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit.record(new AuditEntry(investigator.accountId(), investigator.displayName(), agency,
				"investigation.evidence-exported", null,
				ids.size() + " messages: " + String.join(",", ids.stream().map(UUID::toString).toList()), null));
		return out.toByteArray();
	}

	private Found found(Messages.Subject shown) {
		// investigators see that privileged (legal) mail exists, never what it says
		Messages.Subject message = !shown.privileged() ? shown
				: new Messages.Subject(shown.id(), shown.toInmate(), shown.accountId(), shown.inmateId(),
						shown.agency(), shown.facilityId(), PRIVILEGED, List.of(), shown.status(), shown.sentAt(),
						true);
		String family = members.member(message.accountId())
			.map(m -> m.displayName() + " <" + m.email() + ">")
			.orElse("");
		String inmate = directory.inmate(message.inmateId())
			.map(i -> i.firstName() + " " + i.lastName() + " (" + i.inmateNumber() + ")")
			.orElse("");
		String from = message.toInmate() ? family : inmate;
		String to = message.toInmate() ? inmate : family;
		String sha = Hashes
			.sha256Hex(message.id() + "\n" + message.sentAt() + "\n" + from + "\n" + to + "\n" + message.body());
		return new Found(message, from, to, sha);
	}

	private static String describe(Messages.Search search) {
		return "words=" + search.words() + " inmate=" + search.inmateId() + " account=" + search.accountId()
				+ " facility=" + search.facilityId() + " from=" + search.from() + " to=" + search.to();
	}

}
