package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.shared.PageLayout;
import org.homeward.shared.TenantId;
import org.homeward.shared.PageLayout.Banner;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The page frame is what the modules contribute: links in their order for whom they are
 * for, banners per caller.
 */
class LayoutTests {

	private final PageLayout.Contribution letters = new PageLayout.Contribution() {

		@Override
		public List<Link> navigation() {
			return List.of(new Link(30, ShownTo.FAMILY, "nav.letters", "/letters"),
					new Link(30, ShownTo.INMATE, "nav.inbox", "/kiosk/inbox"),
					new Link(40, ShownTo.INMATE, "nav.store", "/kiosk/store").onlyWhere("MEDIA"));
		}

		@Override
		public List<Banner> banners(Caller caller) {
			return caller.kind() == Caller.Kind.FAMILY
					? List.of(new Banner("letters.banner", List.of("North"), "/letters/export", "letters.export"))
					: List.of();
		}

	};

	private final PageLayout.Contribution frame = new PageLayout.Contribution() {

		@Override
		public List<Link> navigation() {
			return List.of(new Link(90, ShownTo.SIGNED_OUT, "nav.register", "/register"),
					new Link(20, ShownTo.OPERATOR, "nav.operator", "/operator"),
					new Link(10, ShownTo.STAFF_OR_OPERATOR, "nav.staff", "/staff"),
					new Link(0, ShownTo.PUBLIC_SITE, "nav.find", "/"));
		}

	};

	/** The one agency whose contract offers a store. */
	private static final TenantId WITH_STORE = new TenantId(UUID.randomUUID());

	private final Layout layout = new Layout(List.of(letters, frame), new Times(ZoneId.of("America/New_York")),
			List.of((agency, service) -> service.equals("MEDIA") && agency.equals(WITH_STORE)), Duration.ofMinutes(10));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aVisitorSeesThePublicLinksAndNoBanner() {
		assertThat(layout.links()).extracting(Link::labelKey).containsExactly("nav.find", "nav.register");
		assertThat(layout.banners()).isEmpty();
	}

	@Test
	void aFamilySeesTheirLinksInOrderAndTheirBanners() {
		signIn(Caller.Kind.FAMILY);
		assertThat(layout.links()).extracting(Link::labelKey).containsExactly("nav.find", "nav.letters");
		assertThat(layout.banners()).singleElement().satisfies(b -> {
			assertThat(b.messageKey()).isEqualTo("letters.banner");
			assertThat(b.arguments()).containsExactly("North");
		});
	}

	@Test
	void staffAndOperatorsSeeTheConsoleOnlyOperatorsTheContracts() {
		signIn(Caller.Kind.STAFF);
		assertThat(layout.links()).extracting(Link::labelKey).containsExactly("nav.find", "nav.staff");
		assertThat(layout.banners()).isEmpty();
		signIn(Caller.Kind.OPERATOR);
		assertThat(layout.links()).extracting(Link::labelKey).containsExactly("nav.find", "nav.staff", "nav.operator");
	}

	@Test
	void anInmateSeesTheKioskLinksOfWhatTheirAgencyOffersNotThePublicSites() {
		signIn(Caller.Kind.INMATE, new TenantId(UUID.randomUUID()));
		assertThat(layout.links()).extracting(Link::path).containsExactly("/kiosk/inbox");
		signIn(Caller.Kind.INMATE, WITH_STORE);
		assertThat(layout.links()).extracting(Link::path).containsExactly("/kiosk/inbox", "/kiosk/store");
	}

	private static void signIn(Caller.Kind kind) {
		signIn(kind, null);
	}

	private static void signIn(Caller.Kind kind, TenantId agency) {
		Caller caller = new Caller(UUID.randomUUID(), kind, "Someone", agency, null, Set.of());
		TestingAuthenticationToken token = new TestingAuthenticationToken(caller, "", "ROLE_" + kind);
		token.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(token);
	}

}
