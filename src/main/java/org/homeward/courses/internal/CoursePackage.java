package org.homeward.courses.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A course package as read and checked: its manifest ({@code course.json}) and the bytes
 * of each lesson's file. The format is described in docs/course-package.md.
 */
public record CoursePackage(String code, String title, String description, String language, BigDecimal hours,
		List<String> prerequisites, List<Lesson> lessons, List<Quiz> quizzes, Map<String, byte[]> files,
		String sha256) {

	/** A lesson: its text (Markdown-like paragraphs) or PDF, and how long it takes. */
	public record Lesson(String id, String title, LessonKind kind, String file, int minutes) {
	}

	public enum LessonKind {

		TEXT, PDF

	}

	/** A quiz: its questions, the share of right answers that passes, how many tries. */
	public record Quiz(String id, String title, int passPercent, int attempts, List<Question> questions) {
	}

	/**
	 * A question: multiple choice ({@code choices} and the index of the right one), or a
	 * number within a tolerance.
	 */
	public record Question(String text, @Nullable List<String> choices, @Nullable Integer answer,
			@Nullable BigDecimal number, @Nullable BigDecimal tolerance) {

		public boolean right(@Nullable Object given) {
			if (choices != null) {
				return given instanceof Number n && answer != null && n.doubleValue() == answer;
			}
			if (number == null) {
				return false;
			}
			BigDecimal value;
			try {
				value = given instanceof Number n ? new BigDecimal(n.toString())
						: given instanceof String s ? new BigDecimal(s.strip().replace(",", "")) : null;
			}
			catch (NumberFormatException ex) {
				return false;
			}
			BigDecimal within = tolerance == null ? BigDecimal.ZERO : tolerance;
			return value != null && value.subtract(number).abs().compareTo(within) <= 0;
		}

	}

}
