package org.homeward.visits.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.homeward.accounts.Members;
import org.homeward.directory.Directory;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.visits.VisitReason;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;

/**
 * What the family is told about their visit, by e-mail: booked (with a calendar
 * invitation), approved, moved to another time, reminded before it starts, and cancelled
 * or denied (with the invitation withdrawn and the refund named).
 */
@Component
class VisitMail {

	private final Mailer mailer;

	private final Members members;

	private final Directory directory;

	private final Schedules schedules;

	private final VisitRecords records;

	private final MessageSource messages;

	private final String publicUrl;

	VisitMail(Mailer mailer, Members members, Directory directory, Schedules schedules, VisitRecords records,
			MessageSource messages,
			@Value("${homeward.notifications.public-url:http://localhost:8080}") String publicUrl) {
		this.mailer = mailer;
		this.members = members;
		this.directory = directory;
		this.schedules = schedules;
		this.records = records;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	void booked(VisitRecords.Visit visit, String email, Locale locale) {
		Map<String, Object> model = model(visit, locale);
		mailer.send(new Email(email, "visit-booked", locale, model, calendar(visit, model, locale, false)));
	}

	void approved(VisitRecords.Visit visit) {
		members.member(visit.account())
			.filter(Members.Member::active)
			.ifPresent(member -> mailer
				.send(new Email(member.email(), "visit-approved", member.language(), model(visit, member.language()))));
	}

	/**
	 * Tells the family their visit moved (the calendar invitation updated); where staff
	 * approve each visit, that the new time waits for approval.
	 */
	void moved(VisitRecords.Visit visit, Instant from) {
		members.member(visit.account()).filter(Members.Member::active).ifPresent(member -> {
			Map<String, Object> model = new HashMap<>(model(visit, member.language()));
			model.put("from", VisitTimes.describe(from, zone(visit), member.language()));
			mailer.send(new Email(member.email(), "visit-moved", member.language(), model,
					calendar(visit, model, member.language(), false)));
		});
	}

	/**
	 * Tells the family their visit did not take place and why (the inmate was not
	 * brought, or the call failed), with the refund already on its way.
	 */
	void missed(VisitRecords.Visit visit, VisitReason reason) {
		members.member(visit.account()).filter(Members.Member::active).ifPresent(member -> {
			Locale locale = member.language();
			Map<String, Object> model = new HashMap<>(model(visit, locale));
			model.put("reason", messages.getMessage("visits.reason." + reason.name(), null, reason.name(), locale));
			model.put("refund", visit.price().toDisplayString());
			model.put("paid", !visit.price().isZero());
			mailer.send(new Email(member.email(), "visit-missed", locale, model));
		});
	}

	/** Reminds the family, in the language they chose, of their visit soon to start. */
	void reminder(VisitRecords.Visit visit) {
		members.member(visit.account())
			.filter(Members.Member::active)
			.ifPresent(member -> mailer
				.send(new Email(member.email(), "visit-reminder", member.language(), model(visit, member.language()))));
	}

	/**
	 * Tells the family, in the language they chose, that their visit will not take place.
	 */
	void ended(VisitRecords.Visit visit, @Nullable VisitReason reason) {
		members.member(visit.account()).filter(Members.Member::active).ifPresent(member -> {
			String email = member.email();
			Locale locale = member.language();
			Map<String, Object> model = new HashMap<>(model(visit, locale));
			model.put("denied", visit.status() == VisitStatus.DENIED);
			model.put("reason", reason == null ? ""
					: messages.getMessage("visits.reason." + reason.name(), null, reason.name(), locale));
			model.put("refund", visit.price().toDisplayString());
			model.put("paid", !visit.price().isZero());
			mailer.send(new Email(email, "visit-ended", locale, model, calendar(visit, model, locale, true)));
		});
	}

	private Map<String, Object> model(VisitRecords.Visit visit, Locale locale) {
		ZoneId zone = zone(visit);
		String name = directory.inmate(visit.inmate()).map(i -> i.firstName() + " " + i.lastName()).orElse("");
		Map<String, Object> model = new HashMap<>();
		model.put("name", name.trim());
		model.put("when", VisitTimes.describe(visit.start(), zone, locale));
		model.put("minutes", visit.lengthMinutes());
		model.put("price", visit.price().toDisplayString());
		model.put("requested", visit.status() == VisitStatus.REQUESTED);
		model.put("visit", visit.id().toString());
		return model;
	}

	private ZoneId zone(VisitRecords.Visit visit) {
		return schedules.of(visit.facility()).map(Schedule::zone).orElse(ZoneId.of("UTC"));
	}

	/** The invitation (or, when withdrawn, its cancellation) as an iCalendar text. */
	private String calendar(VisitRecords.Visit visit, Map<String, Object> model, Locale locale, boolean withdrawn) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Homeward//Video visits//EN");
		calendar.setMethod(withdrawn ? Method.cancel() : Method.request());
		VEvent event = new VEvent();
		event.setUid("visit-" + visit.id() + "@homeward");
		// each change to the visit is a later version of the same invitation
		event.setSequence(records.history(visit.id()).size());
		event.setStatus(withdrawn ? Status.cancelled() : Status.confirmed());
		event.setSummary(messages.getMessage("visits.calendar.summary", new Object[] { model.get("name") },
				"Video visit", locale));
		event.setDateStart(Date.from(visit.start()));
		event.setDateEnd(Date.from(visit.end()));
		event.setUrl(publicUrl + "/visits/" + visit.id());
		event.setDescription(publicUrl + "/visits/" + visit.id());
		calendar.addEvent(event);
		return Biweekly.write(calendar).go();
	}

}
