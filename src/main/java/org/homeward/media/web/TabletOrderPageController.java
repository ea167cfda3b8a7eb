package org.homeward.media.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.contacts.Contacts;
import org.homeward.deposits.InmateBalances;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.media.DeviceStatus;
import org.homeward.media.internal.Devices;
import org.homeward.media.internal.TabletFulfilment;
import org.homeward.media.internal.TabletGifts;
import org.homeward.media.internal.TabletOrderRecords;
import org.homeward.media.internal.TabletOrders;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tablets as a product, in pages: the inmate orders one at the kiosk (the price and what
 * is left of the balance first), a family orders one for their loved one by card, and
 * facility staff hand over a tablet from stock or cancel an order (confirmed, with a
 * reason, the money going back).
 */
@Controller
class TabletOrderPageController {

	/** An order as staff see it: with the person, and the tablets in stock there. */
	record Waiting(TabletOrderRecords.Order order, @Nullable InmateView inmate, List<Devices.Device> inStock) {
	}

	private final TabletOrders orders;

	private final TabletGifts gifts;

	private final TabletFulfilment fulfilment;

	private final InmateBalances balances;

	private final Devices devices;

	private final Contacts contacts;

	private final Directory directory;

	private final Payments payments;

	private final Refusals refusals;

	TabletOrderPageController(TabletOrders orders, TabletGifts gifts, TabletFulfilment fulfilment,
			InmateBalances balances, Devices devices, Contacts contacts, Directory directory, Payments payments,
			Refusals refusals) {
		this.orders = orders;
		this.gifts = gifts;
		this.fulfilment = fulfilment;
		this.balances = balances;
		this.devices = devices;
		this.contacts = contacts;
		this.directory = directory;
		this.payments = payments;
		this.refusals = refusals;
	}

	@GetMapping("/kiosk/media/tablets")
	String kiosk(Caller caller, Locale locale, Model model) {
		UUID inmate = caller.inmate();
		model.addAttribute("balance", balances.balance(inmate));
		model.addAttribute("orders", orders.ofInmate(inmate));
		try {
			model.addAttribute("models", orders.shop(inmate).models());
		}
		catch (BusinessRuleException closed) {
			model.addAttribute("closed", refusals.text(closed, locale));
			model.addAttribute("models", List.of());
		}
		return "media/kiosk-tablets";
	}

	@GetMapping("/kiosk/media/tablets/{modelId}")
	String kioskConfirm(Caller caller, @PathVariable UUID modelId, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			TabletOrderRecords.Model offered = offered(orders.shop(caller.inmate()), modelId);
			Money balance = balances.balance(caller.inmate());
			model.addAttribute("tablet", offered);
			model.addAttribute("balance", balance);
			model.addAttribute("after", balance.minus(offered.price()));
			model.addAttribute("key", UUID.randomUUID().toString());
			return "media/kiosk-tablet-confirm";
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/kiosk/media/tablets";
		}
	}

	@PostMapping("/kiosk/media/tablets/{modelId}/order")
	String kioskOrder(Caller caller, @PathVariable UUID modelId, @RequestParam String key, Locale locale,
			RedirectAttributes redirect) {
		try {
			TabletOrderRecords.Order order = orders.buy(caller.inmate(), modelId, trimmed(key));
			redirect.addFlashAttribute("ordered", order.modelName());
			return "redirect:/kiosk/media/tablets";
		}
		catch (BusinessRuleException | ConflictException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/kiosk/media/tablets/" + modelId;
		}
	}

	@GetMapping("/media/tablets")
	String family(Caller caller, @RequestParam(required = false) @Nullable UUID inmateId, Locale locale, Model model) {
		UUID account = caller.family();
		UUID chosen = GiftPageController.chooseLovedOne(contacts, directory, account, inmateId, model);
		model.addAttribute("models", List.of());
		model.addAttribute("orders", List.of());
		if (chosen != null) {
			model.addAttribute("orders", orders.forFamily(account, chosen));
			try {
				model.addAttribute("models", orders.shop(chosen).models());
			}
			catch (BusinessRuleException closed) {
				model.addAttribute("closed", refusals.text(closed, locale));
			}
		}
		return "media/tablets";
	}

	@GetMapping("/media/tablets/confirm")
	String familyConfirm(Caller caller, @RequestParam UUID inmateId, @RequestParam UUID modelId, Locale locale,
			Model model, RedirectAttributes redirect) {
		UUID account = caller.family();
		orders.forFamily(account, inmateId);
		try {
			model.addAttribute("tablet", offered(orders.shop(inmateId), modelId));
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/media/tablets?inmateId=" + inmateId;
		}
		model.addAttribute("inmate", directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate")));
		model.addAttribute("cards", payments.methods(account));
		model.addAttribute("key", UUID.randomUUID().toString());
		return "media/tablet-confirm";
	}

	@PostMapping("/media/tablets")
	String familyOrder(Caller caller, @RequestParam UUID inmateId, @RequestParam UUID modelId, @RequestParam UUID card,
			@RequestParam String key, Locale locale, RedirectAttributes redirect) {
		String back = "redirect:/media/tablets/confirm?inmateId=" + inmateId + "&modelId=" + modelId;
		try {
			TabletGifts.Outcome outcome = gifts.give(caller.family(), trimmed(key), inmateId, modelId, card);
			if (outcome instanceof TabletGifts.Outcome.Declined declined) {
				redirect.addFlashAttribute("declined", declined.reason());
				return back;
			}
			redirect.addFlashAttribute("ordered", outcome.order().modelName());
			redirect.addFlashAttribute("processing", outcome instanceof TabletGifts.Outcome.Processing);
			return "redirect:/media/tablets?inmateId=" + inmateId;
		}
		catch (BusinessRuleException | ConflictException | InvalidInputException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return back;
		}
	}

	@GetMapping("/staff/media/tablet-orders")
	String staff(Caller caller, Model model) {
		List<Devices.Device> stock = devices.list(caller)
			.stream()
			.filter(d -> d.status() == DeviceStatus.IN_STOCK)
			.toList();
		List<Waiting> waiting = new ArrayList<>();
		for (TabletOrderRecords.Order order : orders.waiting(caller)) {
			waiting.add(new Waiting(order, directory.inmate(order.inmate()).orElse(null),
					stock.stream().filter(d -> d.facility().equals(order.facility())).toList()));
		}
		model.addAttribute("waiting", waiting);
		return "media/staff-tablet-orders";
	}

	@PostMapping("/staff/media/tablet-orders/{id}/fulfil")
	String fulfil(Caller caller, @PathVariable UUID id, @RequestParam UUID deviceId, Locale locale,
			RedirectAttributes redirect) {
		try {
			TabletOrderRecords.Order order = fulfilment.fulfil(caller, id, deviceId);
			redirect.addFlashAttribute("handedOver", order.modelName());
		}
		catch (BusinessRuleException | ConflictException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/staff/media/tablet-orders";
	}

	@PostMapping("/staff/media/tablet-orders/{id}/cancel")
	String cancel(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "false") boolean confirmed, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!confirmed || reason.isBlank()) {
			TabletOrderRecords.Order order = orders.waiting(caller)
				.stream()
				.filter(o -> o.id().equals(id))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("tablet order"));
			model.addAttribute("order", order);
			model.addAttribute("inmate", directory.inmate(order.inmate()).orElse(null));
			model.addAttribute("reason", reason.length() > 500 ? reason.substring(0, 500) : reason);
			model.addAttribute("missingReason", confirmed && reason.isBlank());
			return "media/staff-tablet-cancel";
		}
		try {
			fulfilment.cancel(caller, id, reason.length() > 500 ? reason.substring(0, 500) : reason);
			redirect.addFlashAttribute("cancelled", true);
		}
		catch (ConflictException | InvalidInputException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/staff/media/tablet-orders";
	}

	private static TabletOrderRecords.Model offered(TabletOrders.Shop shop, UUID modelId) {
		return shop.models()
			.stream()
			.filter(m -> m.id().equals(modelId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("tablet model"));
	}

	private static String trimmed(String key) {
		return key.length() > 255 ? key.substring(0, 255) : key;
	}

}
