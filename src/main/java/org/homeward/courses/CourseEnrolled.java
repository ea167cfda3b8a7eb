package org.homeward.courses;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;

/** A person enrolled in a course: published in the transaction that enrols them. */
public record CourseEnrolled(UUID enrolment, UUID inmate, TenantId agency, UUID facility, UUID course,
		Instant enrolledAt) {
}
