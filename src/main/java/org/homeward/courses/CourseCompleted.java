package org.homeward.courses;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;

/**
 * A person completed a course: published in the transaction that completed it, for what
 * follows from it (earned-time credits, the family's page).
 */
public record CourseCompleted(UUID enrolment, UUID inmate, TenantId agency, UUID facility, UUID course,
		String courseCode, BigDecimal hours, Instant completedAt) {
}
