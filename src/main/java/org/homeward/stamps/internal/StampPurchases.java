package org.homeward.stamps.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.contracts.StampBundle;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.ledger.IdempotencyConflict;
import org.homeward.ledger.Ledger;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.payments.ChargeResult;
import org.homeward.payments.ChargeableCard;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.stamps.PurchaseOutcome;
import org.homeward.stamps.StampsBought;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Buying a bundle of stamps, in two durable steps. First the purchase is recorded under
 * the request's idempotency key with its pending charge, in one transaction, so a
 * repeated request finds it and answers as the first did, and a crash leaves either
 * nothing or a purchase the reconciler settles. The card is then charged outside any
 * transaction with the purchase id as the charge id (never twice). Last, the gateway's
 * answer, the stamps' balanced ledger entry and the receipt commit together.
 */
@Component
public class StampPurchases {

	private final PurchaseRecords records;

	private final Directory directory;

	private final Contracts contracts;

	private final Payments payments;

	private final StampLedger stamps;

	private final Ledger ledger;

	private final Mailer mailer;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StampPurchases(PurchaseRecords records, Directory directory, Contracts contracts, Payments payments,
			StampLedger stamps, Ledger ledger, Mailer mailer, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.records = records;
		this.directory = directory;
		this.contracts = contracts;
		this.payments = payments;
		this.stamps = stamps;
		this.ledger = ledger;
		this.mailer = mailer;
		this.transactions = transactions;
	}

	/**
	 * @throws IdempotencyConflict when the key was used for a different purchase
	 * @throws BusinessRuleException when the agency does not sell stamps now
	 * @throws NotFoundException for an unknown agency, bundle or card
	 */
	public PurchaseOutcome purchase(UUID account, String email, String key, String agencyCode, UUID bundleId,
			UUID paymentMethod, Locale locale) {
		String hash = Hashes
			.sha256Hex(agencyCode.trim().toUpperCase(Locale.ROOT) + "|" + bundleId + "|" + paymentMethod);
		// the first of a card payment's two durable steps: the purchase and its pending
		// charge, in one transaction
		Opened opened = transactions.execute(status -> {
			Optional<PurchaseRecords.Purchase> earlier = records.byKey(account, key);
			if (earlier.isPresent()) {
				return new Opened(earlier.get(), null);
			}
			AgencyView agency = directory.agencyByCode(agencyCode).orElseThrow(() -> new NotFoundException("agency"));
			StampBundle bundle = bundleOnSale(agency, bundleId);
			ChargeableCard card = payments.chargeable(account, paymentMethod)
				.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("paymentMethodId",
						"own-card", "is not one of your saved cards")));
			Optional<PurchaseRecords.Purchase> mine = records.insert(Ids.next(), account, key, hash, agency.id(),
					bundle, paymentMethod);
			if (mine.isEmpty()) {
				return new Opened(records.byKey(account, key).orElseThrow(), null);
			}
			payments.open(mine.get().id(), card, bundle.price(),
					"Homeward: " + bundle.stamps() + " stamps for " + agency.code());
			return new Opened(mine.get(), card);
		});
		if (opened.earlier()) {
			return replay(opened.purchase(), hash, email, locale);
		}
		return settle(opened.purchase(),
				payments.send(opened.purchase().id(), opened.card(), opened.purchase().price()), email, locale);
	}

	/**
	 * A purchase recorded with its pending charge on {@code card}, or (without a card)
	 * the one recorded earlier.
	 */
	private record Opened(PurchaseRecords.Purchase purchase, @Nullable ChargeableCard card) {

		boolean earlier() {
			return card == null;
		}

	}

	private StampBundle bundleOnSale(AgencyView agency, UUID bundleId) {
		ContractView contract = contracts.contractOf(agency.id()).orElseThrow(() -> new NotFoundException("agency"));
		if (!contract.offers(Service.MESSAGING, null)) {
			throw contract.serviceEndsOn() == null
					? new BusinessRuleException("service-not-available", "stamps",
							agency.name() + " does not sell stamps now.", List.of(agency.name()), Map.of())
					: new BusinessRuleException(
							"service-not-available", "stamps-ended", agency.name()
									+ " does not sell stamps now (service ended " + contract.serviceEndsOn() + ").",
							List.of(agency.name(), contract.serviceEndsOn().toString()), Map.of());
		}
		if (!contract.priceBook().messagePricing().stamps()) {
			throw new BusinessRuleException("stamps-not-sold",
					agency.name() + " does not sell stamps: messages there cost families nothing.",
					List.of(agency.name()), Map.of());
		}
		return contract.priceBook()
			.stampBundles()
			.stream()
			.filter(b -> b.id().equals(bundleId))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("bundleId", "is not a stamp bundle of " + agency.code()));
	}

	/** A past purchase, for the history page and receipts. */
	public record PurchaseView(UUID id, Instant at, String agencyCode, String agencyName, int stamps, Money price,
			String status) {
	}

	/** The member's purchases, newest first. */
	public List<PurchaseView> history(UUID account) {
		return records.of(account, 50).stream().map(p -> {
			var agency = directory.agency(p.agency());
			return new PurchaseView(p.id(), p.createdAt(), agency.map(AgencyView::code).orElse(""),
					agency.map(AgencyView::name).orElse(""), p.stamps(), p.price(), p.status());
		}).toList();
	}

	/** Finishes a purchase whose charge outcome was unknown; called by the reconciler. */
	PurchaseOutcome reconcile(PurchaseRecords.Purchase purchase, String email) {
		return settle(purchase, payments.send(purchase.id()), email, Locale.ENGLISH);
	}

	private PurchaseOutcome replay(PurchaseRecords.Purchase purchase, String hash, String email, Locale locale) {
		if (!purchase.requestHash().equals(hash)) {
			throw new IdempotencyConflict(purchase.key());
		}
		return switch (purchase.status()) {
			case "COMPLETED" -> new PurchaseOutcome.Completed(purchase.id(), purchase.stamps(), purchase.price(),
					purchase.balanceAfter(), true);
			case "DECLINED" -> new PurchaseOutcome.Declined(purchase.id(), purchase.declineReason());
			default -> settle(purchase, payments.send(purchase.id()), email, locale);
		};
	}

	/**
	 * The second durable step: the gateway's answer and what follows from it, in one
	 * transaction.
	 */
	private PurchaseOutcome settle(PurchaseRecords.Purchase purchase, ChargeResult charge, String email,
			Locale locale) {
		return transactions.execute(status -> {
			payments.record(charge);
			if (charge instanceof ChargeResult.Declined declined) {
				records.decline(purchase.id(), declined.reason());
				return new PurchaseOutcome.Declined(purchase.id(), declined.reason());
			}
			if (charge instanceof ChargeResult.Unknown) {
				records.unknown(purchase.id());
				return new PurchaseOutcome.Processing(purchase.id());
			}
			ledger.post(StampLedger.purchase(purchase.id(), purchase.account(), purchase.agency(), purchase.stamps(),
					purchase.price()));
			long balance = stamps.balance(purchase.account(), purchase.agency());
			if (records.complete(purchase.id(), balance)) {
				events.publishEvent(new StampsBought(purchase.id(), purchase.account(), purchase.agency(),
						purchase.stamps(), purchase.price(), clock.instant()));
				mailer.send(new Email(email, "stamp-receipt", locale,
						Map.of("stamps", purchase.stamps(), "charged", purchase.price().toDisplayString(), "agency",
								directory.agency(purchase.agency()).map(AgencyView::name).orElse(""), "balance",
								balance, "purchase", purchase.id().toString())));
			}
			return new PurchaseOutcome.Completed(purchase.id(), purchase.stamps(), purchase.price(), balance, false);
		});
	}

}
