package org.homeward.messaging.internal;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.homeward.accounts.Members;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.directory.InmateView;
import org.homeward.messaging.internal.Attachments.AttachmentView;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.messaging.internal.PrintBatches.Batch;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A print batch as a PDF: letters in housing-unit and inmate order, each with a header
 * and its photos, rendered in parts of a few dozen photos so that a large facility's day
 * of mail takes bounded memory.
 */
@Component
class PrintBatchPdf {

	/** One message of a batch, ready to print. */
	public record Page(MessageView message, String inmate, String inmateNumber, String housingUnit, String sender,
			List<String> photos) {

		public String sentAtText() {
			return Exports.utc(message.sentAt());
		}

	}

	private final JdbcClient jdbc;

	private final MessageRecords records;

	private final Attachments attachments;

	private final Directory directory;

	private final Members members;

	private final TemplateEngine templates;

	PrintBatchPdf(JdbcClient jdbc, MessageRecords records, Attachments attachments, Directory directory,
			Members members, TemplateEngine templates) {
		this.jdbc = jdbc;
		this.records = records;
		this.attachments = attachments;
		this.directory = directory;
		this.members = members;
		this.templates = templates;
	}

	void write(TenantId agency, Batch batch, OutputStream target) {
		List<Letter> letters = jdbc.sql("select id from messaging.message where print_batch_id = :batch")
			.param("batch", batch.id())
			.query(UUID.class)
			.list()
			.stream()
			.map(records::byId)
			.flatMap(Optional::stream)
			.map(this::letter)
			.sorted(Comparator.comparing(Letter::housingUnit)
				.thenComparing(Letter::inmate)
				.thenComparing(l -> l.message().sentAt()))
			.toList();
		String facility = directory.facilities(agency)
			.stream()
			.filter(f -> f.id().equals(batch.facilityId()))
			.map(FacilityView::name)
			.findFirst()
			.orElse("");
		String createdAt = Exports.utc(batch.createdAt());
		Iterator<List<Letter>> parts = PdfParts
			.cut(letters, Exports.MESSAGES_PER_PART, Exports.PHOTOS_PER_PART, l -> l.photos().size())
			.iterator();
		PdfParts.write(new Iterator<>() {

			@Override
			public boolean hasNext() {
				return parts.hasNext();
			}

			@Override
			public String next() {
				Context context = new Context(Locale.ENGLISH);
				context.setVariable("pages", parts.next().stream().map(Letter::page).toList());
				context.setVariable("facility", facility);
				context.setVariable("createdAt", createdAt);
				return templates.process("messaging/print-batch-pdf", context);
			}

		}, target);
	}

	/**
	 * A letter of a batch before its photos are read: they are read (and scaled) only
	 * when its part is rendered.
	 */
	private record Letter(MessageView message, String inmate, String inmateNumber, String housingUnit, String sender,
			List<AttachmentView> photos, Function<AttachmentView, Optional<String>> read) {

		Page page() {
			return new Page(message, inmate, inmateNumber, housingUnit, sender,
					photos.stream().map(read).flatMap(Optional::stream).toList());
		}

	}

	private Letter letter(MessageView message) {
		Optional<InmateView> inmate = directory.inmate(message.inmateId());
		return new Letter(message, inmate.map(i -> i.lastName() + ", " + i.firstName()).orElse(""),
				inmate.map(InmateView::inmateNumber).orElse(""),
				inmate.map(InmateView::housingUnit).map(String::valueOf).orElse("-"),
				members.member(message.accountId()).map(Members.Member::displayName).orElse(""),
				attachments.deliveredOf(message.id()),
				a -> attachments.content(a.id(), false).flatMap(PrintPhotos::dataUri));
	}

}
