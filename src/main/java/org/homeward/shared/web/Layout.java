package org.homeward.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.homeward.shared.PageLayout.Banner;
import org.homeward.shared.PageLayout.Contribution;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.Services;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.PageLayout.StaffTool;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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

	private final Duration idleTimeout;

	private final Times times;

	private final List<Services> services;

	Layout(List<Contribution> contributions, Times times, List<Services> services,
			@Value("${server.servlet.session.timeout:10m}") Duration idleTimeout) {
		this.services = List.copyOf(services);
		this.contributions = List.copyOf(contributions);
		this.times = times;
		this.idleTimeout = idleTimeout;
		this.links = contributions.stream()
			.flatMap(c -> c.navigation().stream())
			.sorted(Comparator.comparingInt(Link::order).thenComparing(Link::labelKey))
			.toList();
	}

	/** The links the current visitor sees, in order. */
	public List<Link> links() {
		Caller caller = caller();
		return links.stream()
			.filter(link -> shown(link.shownTo(), caller))
			.filter(link -> link.service() == null || caller == null || caller.agency() == null
					|| services.stream().allMatch(s -> s.offered(caller.agency(), link.service())))
			.toList();
	}

	/**
	 * How long a page session lasts without a request: the kiosk counts it down on
	 * screen, starting again with every page.
	 */
	public long idleSeconds() {
		return idleTimeout.toSeconds();
	}

	/**
	 * The id of the field a refusal names, for the error summary's links: {@code
	 * address.line1} is the field {@code line1}, {@code phones[1]} is {@code phone1} (the
	 * first, {@code phone}).
	 */
	public String fieldId(String name) {
		if (name.startsWith("tiers[")) {
			// a row of a table of inputs: tiers[2].upTo is the input tiers-2-upTo
			return name.replace("].", "-").replace("[", "-");
		}
		String last = name.substring(name.lastIndexOf('.') + 1);
		if (last.startsWith("phones[")) {
			String index = last.substring("phones[".length(), last.length() - 1);
			return "0".equals(index) ? "phone" : "phone" + index;
		}
		return last;
	}

	/**
	 * A banner's arguments as the visitor reads them: days and moments in their language
	 * (and zone), amounts as {@code $4.95}.
	 */
	public Object[] arguments(Banner banner) {
		return banner.arguments().stream().map(this::shown).toArray();
	}

	private Object shown(Object argument) {
		if (argument instanceof LocalDate day) {
			return times.date(day);
		}
		if (argument instanceof Instant at) {
			return times.at(at);
		}
		return argument instanceof Money amount ? amount.toDisplayString() : argument;
	}

	/** The banners for the current visitor (none for a visitor who has not signed in). */
	/**
	 * The modules' tools on the staff console that the signed-in staff member may use.
	 */
	public List<StaffTool> staffTools() {
		Caller caller = caller();
		if (caller == null) {
			return List.of();
		}
		return contributions.stream()
			.flatMap(c -> c.staffTools().stream())
			.filter(tool -> caller.hasAnyRole(tool.roles()))
			.sorted(Comparator.comparingInt(StaffTool::order))
			.toList();
	}

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
			case PUBLIC_SITE -> caller == null || caller.kind() != Caller.Kind.INMATE;
			case SIGNED_OUT -> caller == null;
			case SIGNED_IN -> caller != null;
			case FAMILY -> caller != null && caller.kind() == Caller.Kind.FAMILY;
			case INMATE -> caller != null && caller.kind() == Caller.Kind.INMATE;
			case STAFF_OR_OPERATOR ->
				caller != null && (caller.kind() == Caller.Kind.STAFF || caller.kind() == Caller.Kind.OPERATOR);
			case OPERATOR -> caller != null && caller.kind() == Caller.Kind.OPERATOR;
			case SUPPORT ->
				caller != null && (caller.kind() == Caller.Kind.SUPPORT || caller.kind() == Caller.Kind.OPERATOR);
		};
	}

	private static @Nullable Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Caller caller ? caller : null;
	}

}
