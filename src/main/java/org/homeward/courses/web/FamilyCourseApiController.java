package org.homeward.courses.web;

import java.util.List;
import java.util.UUID;

import org.homeward.courses.internal.Certificates;
import org.homeward.courses.internal.CourseSharing;
import org.homeward.shared.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A family sees their loved one's courses and certificates, once the loved one shares
 * them.
 */
@RestController
@Tag(name = "Courses")
class FamilyCourseApiController {

	/** A loved one's studies. */
	record SharedJson(boolean shared, List<CourseJson.Offered> courses, List<CourseJson.Certificate> certificates) {
	}

	private final CourseSharing sharing;

	private final Certificates certificates;

	FamilyCourseApiController(CourseSharing sharing, Certificates certificates) {
		this.sharing = sharing;
		this.certificates = certificates;
	}

	@GetMapping("/api/v1/courses/loved-ones/{inmateId}")
	@Operation(summary = "A family sees their loved one's courses and certificates, once the loved one shares them")
	SharedJson shared(Caller caller, @PathVariable UUID inmateId) {
		CourseSharing.Shown shown = sharing.forFamily(caller.family(), inmateId);
		return new SharedJson(shown.shared(), shown.courses().stream().map(CourseJson.Offered::of).toList(),
				shown.certificates()
					.stream()
					.map(c -> CourseJson.Certificate.of(c, certificates.verificationUrl(c)))
					.toList());
	}

}
