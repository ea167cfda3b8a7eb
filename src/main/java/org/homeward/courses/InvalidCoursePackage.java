package org.homeward.courses;

import java.util.List;

import org.homeward.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A course package that cannot be imported, with every problem found: the file, the line
 * (where the problem is in a line of text) and what is wrong. Answered as 400 with the
 * problems listed.
 */
public class InvalidCoursePackage extends InvalidInputException {

	/** One problem: in which file of the package, at which line, what. */
	public record Problem(String file, @Nullable Integer line, String message) {

		@Override
		public String toString() {
			return file + (line == null ? "" : ":" + line) + ": " + message;
		}

	}

	private final List<Problem> problems;

	public InvalidCoursePackage(List<Problem> problems) {
		super("The course package is not valid: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
				+ ".", problems.stream().map(p -> new FieldError("package", p.toString())).toList());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
