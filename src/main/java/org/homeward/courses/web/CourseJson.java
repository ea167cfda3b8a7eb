package org.homeward.courses.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.courses.EnrolmentStatus;
import org.homeward.courses.internal.Certificates;
import org.homeward.courses.internal.CourseCatalogue;
import org.homeward.courses.internal.Enrolments;
import org.jspecify.annotations.Nullable;

/** Courses, progress and certificates as the API writes them. */
final class CourseJson {

	private CourseJson() {
	}

	/** A course as operators and agencies see it. */
	record Course(UUID id, String code, String title, String description, String language, BigDecimal hours,
			List<String> prerequisites, List<String> lessons, List<String> quizzes, @Nullable Boolean offered) {

		static Course of(CourseCatalogue.Course course, @Nullable Boolean offered) {
			return new Course(course.id(), course.code(), course.title(), course.description(), course.language(),
					course.hours(), course.prerequisites(),
					course.lessons().stream().map(CourseCatalogue.Lesson::title).toList(),
					course.quizzes().stream().map(CourseCatalogue.Quiz::title).toList(), offered);
		}

	}

	/** A course offered to an inmate. */
	record Offered(UUID id, String title, String description, BigDecimal hours, boolean enrolled,
			@Nullable EnrolmentStatus status, int progress) {

		static Offered of(Enrolments.Offered offered) {
			return new Offered(offered.course().id(), offered.course().title(), offered.course().description(),
					offered.course().hours(), offered.enrolment() != null,
					offered.enrolment() == null ? null : offered.enrolment().status(), offered.percent());
		}

	}

	/** A person's course, without the quizzes' answers. */
	record Progress(UUID id, String title, BigDecimal hours, EnrolmentStatus status, int progress,
			List<LessonState> lessons, List<QuizView> quizzes) {

		static Progress of(Enrolments.Progress progress) {
			CourseCatalogue.Course course = progress.course();
			return new Progress(course.id(), course.title(), course.hours(), progress.enrolment().status(),
					progress.percent(),
					course.lessons()
						.stream()
						.map(l -> new LessonState(l.id(), l.title(), l.kind().name(), l.minutes(),
								progress.done(l.id())))
						.toList(),
					course.quizzes().stream().map(q -> QuizView.of(q, progress.quiz(q.id()))).toList());
		}

	}

	/** A lesson to read: its paragraphs (headings start with #); none for a PDF. */
	record LessonText(String id, String title, String kind, int minutes, List<String> paragraphs) {
	}

	record LessonState(String id, String title, String kind, int minutes, boolean completed) {
	}

	/** A quiz to answer: its questions (text and choices only), attempts left, passed. */
	record QuizView(String id, String title, int passPercent, int attemptsLeft, boolean passed,
			@Nullable Integer bestScore, List<Question> questions) {

		static QuizView of(CourseCatalogue.Quiz quiz, Enrolments.QuizState state) {
			return new QuizView(quiz.id(), quiz.title(), quiz.passPercent(), quiz.maxAttempts() - state.attempts(),
					state.passed(), state.bestScore(),
					quiz.questions().stream().map(q -> new Question(q.text(), q.choices())).toList());
		}

	}

	/** A question: choose one of {@code choices} (its index), or answer a number. */
	record Question(String text, @Nullable List<String> choices) {
	}

	record Attempt(int attempt, int score, boolean passed, int attemptsLeft, boolean courseCompleted) {

		static Attempt of(Enrolments.Attempt attempt) {
			return new Attempt(attempt.number(), attempt.score(), attempt.passed(), attempt.attemptsLeft(),
					attempt.courseCompleted());
		}

	}

	/** A certificate for its holder. */
	record Certificate(UUID id, String courseTitle, BigDecimal hours, LocalDate completedOn, String verificationCode,
			String verificationUrl) {

		static Certificate of(Certificates.Certificate c, String url) {
			return new Certificate(c.id(), c.courseTitle(), c.hours(), c.completedOn(), c.code(), url);
		}

	}

	/** What a certificate says, for anyone checking it. */
	record Verified(String name, String courseTitle, BigDecimal hours, LocalDate completedOn, String agency,
			String verificationCode) {

		static Verified of(Certificates.Certificate c) {
			return new Verified(c.personName(), c.courseTitle(), c.hours(), c.completedOn(), c.agencyName(), c.code());
		}

	}

}
