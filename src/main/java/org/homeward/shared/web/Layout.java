package org.homeward.shared.web;

import java.util.Comparator;
import java.util.List;

import org.homeward.shared.Caller;
import org.homeward.shared.PageLayout.Banner;
import org.homeward.shared.PageLayout.Contribution;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The page frame's navigation and banners, gathered from every module's
 * {@link Contribution}: {@code ${@layout.links()}} and {@code ${@layout.banners()}} in
 * {@code layout.html}.
 */
@Component("layout")
public class Layout {

	private final List<Link> links;

	private final List<Contribution> contributions;

	Layout(List<Contribution> contributions) {
		this.contributions = List.copyOf(contributions);
		this.links = contributions.stream()
			.flatMap(c -> c.navigation().stream())
			.sorted(Comparator.comparingInt(Link::order).thenComparing(Link::labelKey))
			.toList();
	}

	/** The links the current visitor sees, in order. */
	public List<Link> links() {
		Caller caller = caller();
		return links.stream().filter(link -> shown(link.shownTo(), caller)).toList();
	}

	/** The banners for the current visitor (none for a visitor who has not signed in). */
	public List<Banner> banners() {
		Caller caller = caller();
		if (caller == null) {
			return List.of();
		}
		return contributions.stream().flatMap(c -> c.banners(caller).stream()).toList();
	}

	static boolean shown(ShownTo shownTo, @Nullable Caller caller) {
		return switch (shownTo) {
			case EVERYONE -> true;
			case SIGNED_OUT -> caller == null;
			case SIGNED_IN -> caller != null;
			case FAMILY -> caller != null && caller.kind() == Caller.Kind.FAMILY;
			case INMATE -> caller != null && caller.kind() == Caller.Kind.INMATE;
			case STAFF_OR_OPERATOR ->
				caller != null && (caller.kind() == Caller.Kind.STAFF || caller.kind() == Caller.Kind.OPERATOR);
			case OPERATOR -> caller != null && caller.kind() == Caller.Kind.OPERATOR;
		};
	}

	private static @Nullable Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Caller caller ? caller : null;
	}

}
