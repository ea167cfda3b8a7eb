package org.homeward.courses.web;

import org.homeward.courses.internal.Certificates;
import org.homeward.shared.NotFoundException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/** Anyone checks a certificate by its code, without signing in. */
@RestController
@Validated
@Tag(name = "Courses")
class CertificateApiController {

	private final Certificates certificates;

	CertificateApiController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/api/v1/certificates/{code}")
	@Operation(summary = "What a certificate says (public): name, course, hours, date, agency; 404 for a code that "
			+ "was never issued")
	CourseJson.Verified verify(@PathVariable @Size(max = 20) String code) {
		return CourseJson.Verified
			.of(certificates.verify(code).orElseThrow(() -> new NotFoundException("certificate")));
	}

}
