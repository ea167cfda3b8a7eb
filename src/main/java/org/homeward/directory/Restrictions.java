package org.homeward.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Privileges suspended for individual inmates; other modules ask before they send, sell
 * or book.
 */
public interface Restrictions {

	/** The restrictions of an inmate that apply on that day, newest first. */
	List<Restriction> activeOn(UUID inmateId, LocalDate day);

	/** Whether the inmate may not have this privilege on that day. */
	default boolean isRestricted(UUID inmateId, RestrictionKind kind, LocalDate day) {
		return activeOn(inmateId, day).stream().anyMatch(r -> r.kind() == kind);
	}

	/**
	 * Suspends a privilege.
	 * @param until the last day, or {@literal null} until lifted
	 * @param by the staff account that decided it
	 */
	/**
	 * Suspends a privilege of the inmate until a day (or until lifted); audited with the
	 * staff member's name.
	 */
	Restriction add(UUID inmateId, RestrictionKind kind, @Nullable LocalDate until, String reason, Caller by);

	/**
	 * Lifts a restriction before its end, with the reason; audited. Lifting one already
	 * lifted or over changes nothing.
	 * @throws org.homeward.shared.NotFoundException when it is not a restriction of this
	 * inmate
	 */
	void lift(UUID inmateId, UUID restrictionId, String reason, Caller by);

}
