package org.homeward.visits.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.accounts.Members;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.homeward.visits.internal.BookingOutcome;
import org.homeward.visits.internal.Slots;
import org.homeward.visits.internal.VisitBookings;
import org.homeward.visits.internal.VisitChanges;
import org.homeward.visits.internal.VisitMoves;
import org.homeward.visits.internal.VisitViews;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's video visit pages: their visits; booking in steps (choose a day and a
 * time, check the price and pay); one visit, which they can move to another time or
 * cancel before the cut-off. The payment step carries an idempotency key, so pressing
 * "Pay" twice books once.
 */
@Controller
class VisitPageController {

	private final VisitBookings bookings;

	private final VisitChanges changes;

	private final VisitMoves moves;

	private final VisitViews views;

	private final Contacts contacts;

	private final Directory directory;

	private final Payments payments;

	private final Members members;

	private final Refusals refusals;

	VisitPageController(VisitBookings bookings, VisitChanges changes, VisitMoves moves, VisitViews views,
			Contacts contacts, Directory directory, Payments payments, Members members, Refusals refusals) {
		this.bookings = bookings;
		this.changes = changes;
		this.moves = moves;
		this.views = views;
		this.contacts = contacts;
		this.directory = directory;
		this.payments = payments;
		this.members = members;
		this.refusals = refusals;
	}

	@GetMapping("/visits")
	String visits(Caller caller, Model model) {
		UUID account = caller.family();
		List<VisitViews.VisitView> visits = views.ofFamily(account);
		model.addAttribute("upcoming",
				visits.stream()
					.filter(VisitViews.VisitView::ahead)
					.sorted((a, b) -> a.start().compareTo(b.start()))
					.toList());
		model.addAttribute("past", visits.stream().filter(v -> !v.ahead()).toList());
		model.addAttribute("people",
				contacts.ofAccount(account)
					.stream()
					.filter(ContactView::active)
					.map(c -> directory.inmate(c.inmateId()))
					.flatMap(Optional::stream)
					.toList());
		return "visits/visits";
	}

	@GetMapping("/visits/book")
	String book(Caller caller, @RequestParam UUID inmateId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model,
			Locale locale) {
		UUID account = caller.family();
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		model.addAttribute("inmate", inmate);
		try {
			ZoneId zone = views.zoneOf(inmate.facility().id());
			LocalDate today = LocalDate.now(zone);
			offer(model, zone, day, bookings.slots(account, inmateId, today, today.plusDays(13)));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("refused", refusals.text(ex, locale));
		}
		return "visits/book";
	}

	/**
	 * Moving a visit: the free times of its length in the next 14 days, on the booking
	 * page.
	 */
	@GetMapping("/visits/{id}/change")
	String change(Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model,
			Locale locale) {
		UUID account = caller.family();
		VisitViews.VisitView visit = views.ofFamily(account, id);
		model.addAttribute("inmate", visit.inmate());
		model.addAttribute("moving", visit);
		try {
			LocalDate today = LocalDate.now(visit.zone());
			offer(model, visit.zone(), day, moves.slots(account, id, today, today.plusDays(13)));
		}
		catch (BusinessRuleException | ConflictException ex) {
			model.addAttribute("refused", refusals.text(ex, locale));
		}
		return "visits/book";
	}

	@PostMapping("/visits/{id}/change")
	String move(Caller caller, @PathVariable UUID id, @RequestParam String slot, Locale locale,
			RedirectAttributes redirect) {
		try {
			moves.reschedule(caller.family(), id, Chosen.parse(slot).start());
			redirect.addFlashAttribute("moved", true);
			return "redirect:/visits/" + id;
		}
		catch (BusinessRuleException | InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("refused", refusals.text(ex, locale));
			return "redirect:/visits/" + id + "/change";
		}
	}

	/** The free times grouped by day, and those of the chosen day (else the first). */
	private static void offer(Model model, ZoneId zone, @Nullable LocalDate day, List<Slots.Slot> slots) {
		Map<LocalDate, List<Slots.Slot>> byDay = slots.stream()
			.filter(Slots.Slot::available)
			.collect(Collectors.groupingBy(s -> LocalDate.ofInstant(s.start(), zone), TreeMap::new,
					Collectors.toList()));
		LocalDate chosen = day != null && byDay.containsKey(day) ? day
				: byDay.keySet().stream().findFirst().orElse(null);
		model.addAttribute("zone", zone);
		model.addAttribute("days", byDay.keySet());
		model.addAttribute("day", chosen);
		model.addAttribute("slots", chosen == null ? List.of() : byDay.get(chosen));
	}

	@PostMapping("/visits/confirm")
	String confirm(Caller caller, @RequestParam UUID inmateId, @RequestParam String slot, Model model) {
		UUID account = caller.family();
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		Chosen chosen = Chosen.parse(slot);
		ZoneId zone = views.zoneOf(inmate.facility().id());
		LocalDate day = LocalDate.ofInstant(chosen.start(), zone);
		Slots.Slot offered = bookings.slots(account, inmateId, day, day)
			.stream()
			.filter(s -> s.start().equals(chosen.start()) && s.lengthMinutes() == chosen.minutes())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("visit time"));
		List<PaymentMethodView> cards = payments.methods(account);
		model.addAttribute("inmate", inmate);
		model.addAttribute("slot", offered);
		model.addAttribute("zone", zone);
		model.addAttribute("cards", cards);
		model.addAttribute("key", UUID.randomUUID().toString());
		return "visits/confirm";
	}

	@PostMapping("/visits")
	String pay(Caller caller, @RequestParam UUID inmateId, @RequestParam Instant start, @RequestParam int minutes,
			@RequestParam UUID card, @RequestParam String key, Locale locale, RedirectAttributes redirect) {
		UUID account = caller.family();
		try {
			BookingOutcome outcome = bookings.book(account, members.emailOf(account).orElse(""), key,
					new VisitBookings.Request(inmateId, start, minutes, card), locale);
			if (outcome instanceof BookingOutcome.Booked booked) {
				redirect.addFlashAttribute("booked", true);
				return "redirect:/visits/" + booked.id();
			}
			if (outcome instanceof BookingOutcome.Declined declined) {
				redirect.addFlashAttribute("refused", declined.reason());
				redirect.addFlashAttribute("declined", true);
			}
			else {
				redirect.addFlashAttribute("processing", true);
				return "redirect:/visits";
			}
		}
		catch (BusinessRuleException | InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("refused", refusals.text(ex, locale));
		}
		redirect.addAttribute("inmateId", inmateId);
		return "redirect:/visits/book";
	}

	@GetMapping("/visits/{id}")
	String visit(Caller caller, @PathVariable UUID id, Model model) {
		model.addAttribute("visit", views.ofFamily(caller.family(), id));
		return "visits/visit";
	}

	@PostMapping("/visits/{id}/cancel")
	String cancel(Caller caller, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		try {
			changes.cancelByFamily(caller.family(), id);
			redirect.addFlashAttribute("cancelled", true);
		}
		catch (BusinessRuleException | ConflictException ex) {
			redirect.addFlashAttribute("refused", refusals.text(ex, locale));
		}
		return "redirect:/visits/" + id;
	}

	/** A time chosen on the booking page: {@code <start instant>/<minutes>}. */
	record Chosen(Instant start, int minutes) {

		static Chosen parse(String slot) {
			String[] parts = slot.split("/", 2);
			try {
				return new Chosen(Instant.parse(parts[0]), Integer.parseInt(parts[1]));
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException("slot", "is not a visit time offered");
			}
		}

	}

}
