package org.homeward.media.internal;

import java.util.Map;

import org.homeward.accounts.Members;
import org.homeward.contracts.WindDownScheduled;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an agency's contract end is scheduled, its administrators are told that the signed
 * export of every media purchase made under the contract is theirs to hand to the next
 * provider, how much it holds, and where to download it (the staff console, for as long
 * as their accounts exist). Families download their loved one's from the gifts page. Runs
 * from the event publication registry, so a crash does not leave the agency untold.
 */
@Component
class MediaWindDown {

	private final MediaPurchaseRecords purchases;

	private final Members members;

	private final Directory directory;

	private final Mailer mailer;

	MediaWindDown(MediaPurchaseRecords purchases, Members members, Directory directory, Mailer mailer) {
		this.purchases = purchases;
		this.members = members;
		this.directory = directory;
		this.mailer = mailer;
	}

	@ApplicationModuleListener(id = "media.export-on-wind-down")
	void on(WindDownScheduled scheduled) {
		MediaPurchaseRecords.Totals totals = purchases.totalsAt(scheduled.agency());
		if (totals.entitlements() == 0) {
			return;
		}
		String agency = directory.agency(scheduled.agency()).map(AgencyView::name).orElse("");
		for (Members.Member admin : members.staffWith(scheduled.agency(), Role.AGENCY_ADMIN)) {
			mailer.send(new Email(admin.email(), "media-export-ready", admin.language(),
					Map.of("name", admin.displayName(), "agency", agency, "people", totals.people(), "entitlements",
							totals.entitlements(), "serviceEndsOn", scheduled.serviceEndsOn().toString(), "path",
							"/staff/media/entitlements.json")));
		}
	}

}
