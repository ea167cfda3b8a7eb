package org.homeward.courses;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a person's enrolment in a course is: ENROLLED while they study, COMPLETED once
 * every lesson is done and every quiz passed (a certificate is issued in the same move),
 * or WITHDRAWN. What was done before a withdrawal is kept.
 */
public enum EnrolmentStatus {

	ENROLLED, COMPLETED, WITHDRAWN;

	public static final Lifecycle<EnrolmentStatus> LIFECYCLE = Lifecycle.of("enrolment", EnrolmentStatus.class,
			Map.of(ENROLLED, Set.of(COMPLETED, WITHDRAWN)));

}
