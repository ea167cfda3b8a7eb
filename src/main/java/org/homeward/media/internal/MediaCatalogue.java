package org.homeward.media.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.contracts.ContractStatus;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.directory.RestrictionKind;
import org.homeward.directory.Restrictions;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * The store as one inmate finds it: open where the agency's contract is active and its
 * facility offers media and no restriction stops the inmate; the catalogue as the agency
 * curates it, at the agency's prices, with what the inmate owns marked.
 */
@Component
public class MediaCatalogue {

	/** The most items a page of the catalogue shows. */
	public static final int PAGE = 50;

	/** An item on offer to an inmate, at the agency's price. */
	public record Offer(MediaItems.Item item, Money price, boolean owned) {
	}

	/** The store an inmate stands in: who, under which contract and policy. */
	record Shop(InmateView inmate, ContractView contract, MediaPolicies.Policy policy) {

		TenantId agency() {
			return inmate.agency().id();
		}

	}

	private final MediaItems items;

	private final MediaPolicies policies;

	private final Entitlements entitlements;

	private final Directory directory;

	private final Contracts contracts;

	private final Restrictions restrictions;

	private final Clock clock;

	MediaCatalogue(MediaItems items, MediaPolicies policies, Entitlements entitlements, Directory directory,
			Contracts contracts, Restrictions restrictions, Clock clock) {
		this.items = items;
		this.policies = policies;
		this.entitlements = entitlements;
		this.directory = directory;
		this.contracts = contracts;
		this.restrictions = restrictions;
		this.clock = clock;
	}

	/**
	 * A page of what the inmate's agency offers, by title.
	 * @throws BusinessRuleException when the store is closed to the inmate
	 */
	public List<Offer> browse(UUID inmate, MediaItems.Query query) {
		Shop shop = shop(inmate);
		List<MediaItems.Item> found = items.search(shop.agency(), shop.policy().kinds(),
				shop.policy().explicitAllowed(), query);
		Map<UUID, MediaPolicies.Curation> curations = policies.curations(shop.agency(),
				found.stream().map(MediaItems.Item::id).toList());
		Set<UUID> owned = entitlements.ownedItems(inmate);
		List<Offer> offers = new ArrayList<>(found.size());
		for (MediaItems.Item item : found) {
			MediaPolicies.Curation curation = curations.get(item.id());
			Money price = curation == null || curation.price() == null ? item.price() : curation.price();
			offers.add(new Offer(item, price, owned.contains(item.id())));
		}
		return offers;
	}

	/**
	 * One item as offered to the inmate.
	 * @throws NotFoundException when there is no such item
	 * @throws BusinessRuleException when the store is closed to the inmate, or the item
	 * is not offered at their facility ({@code media-not-allowed})
	 */
	public Offer offer(UUID inmate, UUID itemId) {
		return offerIn(shop(inmate), itemId);
	}

	Offer offerIn(Shop shop, UUID itemId) {
		MediaItems.Item item = items.byId(itemId).orElseThrow(() -> new NotFoundException("item"));
		MediaPolicies.Curation curation = policies.curation(shop.agency(), itemId);
		boolean allowed = shop.policy().kinds().contains(item.kind())
				&& (!item.explicit() || shop.policy().explicitAllowed()) && curation.blockedReason() == null;
		if (!allowed) {
			String facility = shop.inmate().facility().name();
			throw new BusinessRuleException("media-not-allowed", null,
					"\u201c" + item.title() + "\u201d is not offered at " + facility + ".",
					List.of(item.title(), facility), Map.of());
		}
		Money price = curation.price() == null ? item.price() : curation.price();
		return new Offer(item, price, entitlements.ownedItems(shop.inmate().id()).contains(itemId));
	}

	/**
	 * The store as it stands for the inmate.
	 * @throws NotFoundException for an unknown inmate
	 * @throws BusinessRuleException {@code service-not-available} when the contract is
	 * ending or the facility has no media, {@code inmate-restricted} under a restriction
	 */
	Shop shop(UUID inmateId) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		ContractView contract = contracts.contractOf(inmate.agency().id()).orElse(null);
		if (contract == null || contract.status() != ContractStatus.ACTIVE) {
			throw new BusinessRuleException("service-not-available", "media-ended",
					"The store is closed: the agency’s contract with Homeward is ending. What you bought stays yours.",
					List.of(), Map.of());
		}
		String facility = inmate.facility().name();
		if (!contract.offers(Service.MEDIA, inmate.facility().id())) {
			throw new BusinessRuleException("service-not-available", "media",
					"The media store is not offered at " + facility + ".", List.of(facility), Map.of());
		}
		if (restrictions.isRestricted(inmateId, RestrictionKind.NO_MEDIA, LocalDate.now(clock))) {
			throw new BusinessRuleException("inmate-restricted", "media",
					"You cannot buy media at the moment (a restriction set by the facility). What you bought stays yours.",
					List.of(), Map.of());
		}
		return new Shop(inmate, contract, policies.policy(inmate.agency().id()));
	}

}
