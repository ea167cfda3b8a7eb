package org.homeward.courses.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.courses.internal.Certificates;
import org.homeward.courses.internal.CourseCatalogue;
import org.homeward.courses.internal.CourseSharing;
import org.homeward.courses.internal.Enrolments;
import org.homeward.courses.internal.LessonTexts;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Courses in the kiosk's pages: the courses offered and the certificates earned, a
 * course's lessons and quizzes with how far the person is, a lesson to read, a quiz to
 * answer (the result shown on the course's page), and a certificate to download.
 */
@Controller
class KioskCoursePageController {

	private final Enrolments enrolments;

	private final CourseCatalogue catalogue;

	private final Certificates certificates;

	private final LessonTexts lessons;

	private final Refusals refusals;

	private final CourseSharing sharing;

	KioskCoursePageController(Enrolments enrolments, CourseCatalogue catalogue, Certificates certificates,
			LessonTexts lessons, Refusals refusals, CourseSharing sharing) {
		this.sharing = sharing;
		this.enrolments = enrolments;
		this.catalogue = catalogue;
		this.certificates = certificates;
		this.lessons = lessons;
		this.refusals = refusals;
	}

	@GetMapping("/kiosk/courses")
	String courses(Caller caller, Model model) {
		model.addAttribute("offered", enrolments.offered(caller.inmate()));
		model.addAttribute("certificates", certificates.ofInmate(caller.inmate()));
		model.addAttribute("shared", sharing.shared(caller.inmate()));
		return "courses/kiosk-courses";
	}

	@PostMapping("/kiosk/courses/sharing")
	String share(Caller caller, @RequestParam boolean shared) {
		sharing.share(caller.inmate(), shared);
		return "redirect:/kiosk/courses";
	}

	@GetMapping("/kiosk/courses/{id}")
	String course(Caller caller, @PathVariable UUID id, Model model) {
		if (enrolments.find(caller.inmate(), id).isEmpty()) {
			CourseCatalogue.Course course = enrolments.offered(caller.inmate())
				.stream()
				.map(Enrolments.Offered::course)
				.filter(c -> c.id().equals(id))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("course"));
			model.addAttribute("course", course);
			return "courses/kiosk-enrol";
		}
		model.addAttribute("progress", enrolments.progress(caller.inmate(), id));
		return "courses/kiosk-course";
	}

	@PostMapping("/kiosk/courses/{id}/enrol")
	String enrol(Caller caller, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		try {
			enrolments.enrol(caller.inmate(), id);
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/kiosk/courses/" + id;
	}

	@GetMapping("/kiosk/courses/{id}/lessons/{lessonId}")
	String lesson(Caller caller, @PathVariable UUID id, @PathVariable String lessonId, Model model) {
		CourseCatalogue.Lesson lesson = enrolments.open(caller.inmate(), id, lessonId);
		model.addAttribute("course", catalogue.course(id).orElseThrow());
		model.addAttribute("lesson", lesson);
		model.addAttribute("paragraphs", lessons.paragraphs(lesson));
		return "courses/kiosk-lesson";
	}

	@GetMapping("/kiosk/courses/{id}/lessons/{lessonId}/file")
	ResponseEntity<Resource> lessonFile(Caller caller, @PathVariable UUID id, @PathVariable String lessonId) {
		CourseCatalogue.Lesson lesson = enrolments.progress(caller.inmate(), id)
			.course()
			.lesson(lessonId)
			.orElseThrow(() -> new NotFoundException("lesson"));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(lessons.file(lesson));
	}

	@PostMapping("/kiosk/courses/{id}/lessons/{lessonId}/done")
	String done(Caller caller, @PathVariable UUID id, @PathVariable String lessonId, RedirectAttributes redirect) {
		Enrolments.Progress progress = enrolments.completeLesson(caller.inmate(), id, lessonId);
		redirect.addFlashAttribute("lessonDone", progress.course().lesson(lessonId).orElseThrow().title());
		return "redirect:/kiosk/courses/" + id;
	}

	@GetMapping("/kiosk/courses/{id}/quizzes/{quizId}")
	String quiz(Caller caller, @PathVariable UUID id, @PathVariable String quizId, Model model) {
		Enrolments.Progress progress = enrolments.progress(caller.inmate(), id);
		CourseCatalogue.Quiz quiz = progress.course().quiz(quizId).orElseThrow(() -> new NotFoundException("quiz"));
		model.addAttribute("course", progress.course());
		model.addAttribute("quiz", CourseJson.QuizView.of(quiz, progress.quiz(quizId)));
		return "courses/kiosk-quiz";
	}

	@PostMapping("/kiosk/courses/{id}/quizzes/{quizId}")
	String answer(Caller caller, @PathVariable UUID id, @PathVariable String quizId,
			@RequestParam MultiValueMap<String, String> form, Locale locale, RedirectAttributes redirect) {
		CourseCatalogue.Quiz quiz = catalogue.course(id)
			.flatMap(c -> c.quiz(quizId))
			.orElseThrow(() -> new NotFoundException("quiz"));
		List<@Nullable Object> answers = new ArrayList<>();
		for (int i = 0; i < quiz.questions().size(); i++) {
			String given = form.getFirst("q" + i);
			answers.add(given == null || given.isBlank() ? null
					: quiz.questions().get(i).choices() != null ? choice(given) : given.strip());
		}
		try {
			redirect.addFlashAttribute("attempt", enrolments.attempt(caller.inmate(), id, quizId, answers));
			redirect.addFlashAttribute("quizTitle", quiz.title());
		}
		catch (BusinessRuleException | InvalidInputException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/kiosk/courses/" + id;
	}

	@GetMapping("/kiosk/certificates/{id}.pdf")
	ResponseEntity<byte[]> certificate(Caller caller, @PathVariable UUID id, Locale locale) {
		return KioskCourseApiController.pdf(certificates, caller.inmate(), id, locale);
	}

	private static @Nullable Object choice(String given) {
		try {
			return Integer.valueOf(given);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Hours as people write them: 2, 1.5. */
	static String hours(BigDecimal hours) {
		return hours.stripTrailingZeros().toPlainString();
	}

}
