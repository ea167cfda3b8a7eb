package org.homeward.messaging.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.homeward.accounts.Members;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.messaging.internal.Attachments.AttachmentView;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.messaging.internal.MessageRecords.StatusChange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import tools.jackson.databind.json.JsonMapper;

/**
 * A family member's words are theirs: everything they sent and received (or one
 * conversation) as a readable PDF with the photos, and as a ZIP of JSON and the photos
 * themselves, each with its SHA-256.
 */
@Service
public class Exports {

	/** One message of an export, with what a reader needs to make sense of it. */
	public record ExportedMessage(UUID id, String direction, String inmateNumber, String inmateName, String facility,
			String agency, String body, String status, Instant sentAt, @Nullable Instant deliveredAt,
			@Nullable Instant readAt, int stamps, List<StatusChange> history, List<ExportedPhoto> photos) {

		/** When it was sent, for reading: {@code 2026-11-21 18:40 UTC}. */
		public String sentAtText() {
			return utc(sentAt);
		}

	}

	static String utc(Instant at) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(at);
	}

	/**
	 * @param file the photo's name inside the ZIP
	 */
	public record ExportedPhoto(UUID id, String file, String contentType, String sha256, int width, int height) {
	}

	private final MessageRecords records;

	private final Mailbox mailbox;

	private final Attachments attachments;

	private final Directory directory;

	private final Members members;

	private final TemplateEngine templates;

	private final JsonMapper json;

	private final Visibility visibility;

	private final Clock clock;

	Exports(MessageRecords records, Mailbox mailbox, Attachments attachments, Directory directory, Members members,
			TemplateEngine templates, JsonMapper json, Visibility visibility, Clock clock) {
		this.visibility = visibility;
		this.records = records;
		this.mailbox = mailbox;
		this.attachments = attachments;
		this.directory = directory;
		this.members = members;
		this.templates = templates;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The member's messages, oldest first; with one inmate only when {@code inmate} is
	 * given.
	 */
	public List<ExportedMessage> messages(UUID account, @Nullable UUID inmate) {
		Map<UUID, InmateView> inmates = new LinkedHashMap<>();
		List<ExportedMessage> exported = new ArrayList<>();
		for (MessageView message : mailbox.conversation(account, inmate)) {
			if (!visibility.exportable(message.agency())) {
				continue;
			}
			InmateView who = inmates.computeIfAbsent(message.inmateId(), id -> directory.inmate(id).orElseThrow());
			List<ExportedPhoto> photos = attachments.ofMessage(message.id()).stream().map(Exports::photo).toList();
			exported.add(new ExportedMessage(message.id(), message.direction().name(), who.inmateNumber(),
					who.firstName() + " " + who.lastName(), who.facility().name(), who.agency().name(), message.body(),
					message.status().name(), message.sentAt(), message.deliveredAt(), message.readAt(),
					message.stamps(), records.historyOf(message.id()), photos));
		}
		return exported;
	}

	/** A ZIP of {@code messages.json} and {@code photos/<id>.jpg|png}. */
	public void zip(UUID account, @Nullable UUID inmate, OutputStream target) {
		List<ExportedMessage> messages = messages(account, inmate);
		try (ZipOutputStream zip = new ZipOutputStream(target)) {
			zip.putNextEntry(new ZipEntry("messages.json"));
			zip.write(json.writerWithDefaultPrettyPrinter()
				.writeValueAsBytes(Map.of("exportedAt", clock.instant().toString(), "account",
						members.member(account).map(Members.Member::email).orElse(""), "messages", messages)));
			zip.closeEntry();
			for (ExportedMessage message : messages) {
				for (ExportedPhoto photo : message.photos()) {
					byte[] bytes = attachments.content(photo.id(), false).orElse(null);
					if (bytes != null) {
						zip.putNextEntry(new ZipEntry(photo.file()));
						zip.write(bytes);
						zip.closeEntry();
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A readable PDF of the messages, photos included (scaled to print size), written to
	 * {@code target}. Rendered in parts of at most {@link #PHOTOS_PER_PART} photos, so
	 * memory stays bounded however long the history.
	 */
	public void pdf(UUID account, @Nullable UUID inmate, Locale locale, OutputStream target) {
		List<ExportedMessage> messages = messages(account, inmate);
		String member = members.member(account).map(Members.Member::displayName).orElse("");
		String exportedAt = utc(clock.instant());
		List<List<ExportedMessage>> parts = PdfParts.cut(messages, MESSAGES_PER_PART, PHOTOS_PER_PART,
				m -> m.photos().size());
		Iterator<List<ExportedMessage>> next = parts.iterator();
		PdfParts.write(new Iterator<>() {

			private boolean first = true;

			@Override
			public boolean hasNext() {
				return next.hasNext();
			}

			@Override
			public String next() {
				List<ExportedMessage> part = next.next();
				Map<UUID, String> images = new LinkedHashMap<>();
				for (ExportedMessage message : part) {
					for (ExportedPhoto photo : message.photos()) {
						attachments.content(photo.id(), false)
							.flatMap(PrintPhotos::dataUri)
							.ifPresent(uri -> images.put(photo.id(), uri));
					}
				}
				Context context = new Context(locale);
				context.setVariable("messages", part);
				context.setVariable("images", images);
				context.setVariable("member", member);
				context.setVariable("exportedAt", exportedAt);
				context.setVariable("first", first);
				first = false;
				return templates.process("messaging/export-pdf", context);
			}

		}, target);
	}

	/** Messages and photos rendered at once into one part of an export's PDF. */
	static final int MESSAGES_PER_PART = 200;

	static final int PHOTOS_PER_PART = 30;

	private static ExportedPhoto photo(AttachmentView attachment) {
		String extension = attachment.contentType().equals("image/png") ? "png" : "jpg";
		return new ExportedPhoto(attachment.id(), "photos/" + attachment.id() + "." + extension,
				attachment.contentType(), attachment.sha256(), attachment.width(), attachment.height());
	}

}
