package org.homeward.courses.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.homeward.courses.internal.CourseCatalogue;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * Operators import course packages; an agency's staff see every course and which their
 * agency offers, and its administrators choose.
 */
@RestController
@Validated
@Tag(name = "Courses")
class CourseAdminApiController {

	private final CourseCatalogue catalogue;

	private final AgencyAccess agencies;

	CourseAdminApiController(CourseCatalogue catalogue, AgencyAccess agencies) {
		this.catalogue = catalogue;
		this.agencies = agencies;
	}

	@PostMapping(path = "/api/v1/admin/courses", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Operators import a course package (a ZIP with course.json and its lessons, "
			+ "docs/course-package.md); 400 lists every problem with its file and line")
	CourseJson.Course importPackage(Caller caller, @RequestPart("package") MultipartFile file) throws IOException {
		Caller operator = caller.operator();
		if (file.isEmpty()) {
			throw new InvalidInputException("package", "is empty");
		}
		return CourseJson.Course.of(catalogue.importPackage(operator, file.getBytes()), null);
	}

	@GetMapping("/api/v1/agencies/{code}/courses")
	@Operation(summary = "Every course imported, and whether the agency offers it")
	List<CourseJson.Course> courses(Caller caller, @PathVariable @Size(max = 32) String code) {
		AgencyView agency = agencies.toRead(caller, code);
		return catalogue.all()
			.stream()
			.map(c -> CourseJson.Course.of(c, catalogue.offers(agency.id(), c.id())))
			.toList();
	}

	@PutMapping("/api/v1/agencies/{code}/courses/{id}")
	@Operation(summary = "The agency's administrators offer a course at its facilities")
	CourseJson.Course offer(Caller caller, @PathVariable @Size(max = 32) String code, @PathVariable UUID id) {
		AgencyView agency = agencies.toAdminister(caller, code);
		catalogue.offer(caller, agency.id(), id);
		return CourseJson.Course.of(catalogue.course(id).orElseThrow(() -> new NotFoundException("course")), true);
	}

	@DeleteMapping("/api/v1/agencies/{code}/courses/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The agency stops offering a course: nobody enrols any more; those enrolled finish it")
	void withdraw(Caller caller, @PathVariable @Size(max = 32) String code, @PathVariable UUID id) {
		catalogue.withdraw(caller, agencies.toAdminister(caller, code).id(), id);
	}

}
