package org.homeward.courses.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.courses.internal.Certificates;
import org.homeward.courses.internal.CourseCatalogue;
import org.homeward.courses.internal.CoursePackage;
import org.homeward.courses.internal.CourseSharing;
import org.homeward.courses.internal.LessonTexts;
import org.homeward.courses.internal.Enrolments;
import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Courses at the kiosk and on the tablet: what the agency offers, enrolment, lessons,
 * quizzes, and the certificates earned.
 */
@RestController
@Validated
@Tag(name = "Courses")
class KioskCourseApiController {

	private static final String ID = "[a-z0-9][a-z0-9-]{0,39}";

	private final Enrolments enrolments;

	private final Certificates certificates;

	private final LessonTexts lessons;

	private final CourseSharing sharing;

	KioskCourseApiController(Enrolments enrolments, Certificates certificates, LessonTexts lessons,
			CourseSharing sharing) {
		this.sharing = sharing;
		this.lessons = lessons;
		this.enrolments = enrolments;
		this.certificates = certificates;
	}

	@GetMapping("/api/v1/kiosk/courses")
	@Operation(summary = "The courses the inmate's agency offers, with their enrolment and progress (percent)")
	List<CourseJson.Offered> offered(Caller caller) {
		return enrolments.offered(caller.inmate()).stream().map(CourseJson.Offered::of).toList();
	}

	@PostMapping("/api/v1/kiosk/courses/{id}/enrolment")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enrol (free); an enrolment that exists is answered as it is. 422 when the course is not "
			+ "offered here or a prerequisite is not completed")
	CourseJson.Progress enrol(Caller caller, @PathVariable UUID id) {
		enrolments.enrol(caller.inmate(), id);
		return CourseJson.Progress.of(enrolments.progress(caller.inmate(), id));
	}

	@GetMapping("/api/v1/kiosk/courses/{id}")
	@Operation(summary = "The inmate's course: lessons done, quizzes with their questions and attempts left")
	CourseJson.Progress course(Caller caller, @PathVariable UUID id) {
		return CourseJson.Progress.of(enrolments.progress(caller.inmate(), id));
	}

	@GetMapping("/api/v1/kiosk/courses/{id}/lessons/{lessonId}")
	@Operation(summary = "Open a lesson: its text (paragraphs; a PDF lesson's file is at .../file); its time on "
			+ "task counts from now")
	CourseJson.LessonText lesson(Caller caller, @PathVariable UUID id,
			@PathVariable @Pattern(regexp = ID) @Size(max = 40) String lessonId) {
		CourseCatalogue.Lesson lesson = enrolments.open(caller.inmate(), id, lessonId);
		return new CourseJson.LessonText(lesson.id(), lesson.title(), lesson.kind().name(), lesson.minutes(),
				lessons.paragraphs(lesson));
	}

	@GetMapping("/api/v1/kiosk/courses/{id}/lessons/{lessonId}/file")
	@Operation(summary = "A lesson's file as it was imported (a PDF, or the text)")
	ResponseEntity<Resource> lessonFile(Caller caller, @PathVariable UUID id,
			@PathVariable @Pattern(regexp = ID) @Size(max = 40) String lessonId) {
		CourseCatalogue.Lesson lesson = enrolments.progress(caller.inmate(), id)
			.course()
			.lesson(lessonId)
			.orElseThrow(() -> new NotFoundException("lesson"));
		return ResponseEntity.ok()
			.contentType(lesson.kind() == CoursePackage.LessonKind.PDF ? MediaType.APPLICATION_PDF
					: new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(lessons.file(lesson));
	}

	@PostMapping("/api/v1/kiosk/courses/{id}/lessons/{lessonId}/completion")
	@Operation(summary = "The lesson is done (its time on task counts from when it was opened); the course "
			+ "completes when nothing else is left")
	CourseJson.Progress complete(Caller caller, @PathVariable UUID id,
			@PathVariable @Pattern(regexp = ID) @Size(max = 40) String lessonId) {
		return CourseJson.Progress.of(enrolments.completeLesson(caller.inmate(), id, lessonId));
	}

	@PostMapping("/api/v1/kiosk/courses/{id}/quizzes/{quizId}/attempts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Answer a quiz: for each question in order the index of the chosen answer, or a number. "
			+ "422 when the attempts are used up")
	CourseJson.Attempt attempt(Caller caller, @PathVariable UUID id,
			@PathVariable @Pattern(regexp = ID) @Size(max = 40) String quizId, @Valid @RequestBody Answers answers) {
		return CourseJson.Attempt.of(enrolments.attempt(caller.inmate(), id, quizId, answers.answers()));
	}

	@PutMapping("/api/v1/kiosk/courses/sharing")
	@Operation(summary = "Show (or stop showing) the inmate's courses and certificates to their family contacts")
	Sharing share(Caller caller, @Valid @RequestBody Sharing sharing) {
		this.sharing.share(caller.inmate(), sharing.shared());
		return new Sharing(this.sharing.shared(caller.inmate()));
	}

	@GetMapping("/api/v1/kiosk/certificates")
	@Operation(summary = "The inmate's certificates, each with its verification code and public link")
	List<CourseJson.Certificate> certificates(Caller caller) {
		return certificates.ofInmate(caller.inmate())
			.stream()
			.map(c -> CourseJson.Certificate.of(c, certificates.verificationUrl(c)))
			.toList();
	}

	@GetMapping("/api/v1/kiosk/certificates/{id}.pdf")
	@Operation(summary = "A certificate as a PDF, with a QR code of its public verification page")
	ResponseEntity<byte[]> pdf(Caller caller, @PathVariable UUID id, Locale locale) {
		return pdf(certificates, caller.inmate(), id, locale);
	}

	/** The inmate's certificate as a PDF answer (API and kiosk page alike). */
	static ResponseEntity<byte[]> pdf(Certificates certificates, UUID inmate, UUID id, Locale locale) {
		Certificates.Certificate certificate = certificates.ofInmate(inmate)
			.stream()
			.filter(c -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("certificate"));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		certificates.pdf(certificate, locale, pdf);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("certificate-" + certificate.code() + ".pdf")
						.build()
						.toString())
			.body(pdf.toByteArray());
	}

	/** Whether the inmate's family sees their courses. */
	record Sharing(boolean shared) {
	}

	/** A quiz's answers, one per question in order. */
	record Answers(@NotNull @Size(max = 100) List<@Nullable Object> answers) {
	}

}
