package org.homeward.courses.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.homeward.courses.InvalidCoursePackage;
import org.homeward.courses.InvalidCoursePackage.Problem;
import org.homeward.shared.Hashes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a course package (a ZIP with {@code course.json} and the lessons' files, see
 * docs/course-package.md) and checks all of it before anything is stored: every problem
 * is named with its file and, in the manifest, its line, so an author fixes them in one
 * pass.
 */
@Component
class CoursePackageReader {

	static final String MANIFEST = "course.json";

	static final String FORMAT = "homeward-course/1";

	/** The most files a package may hold, and bytes once unpacked. */
	static final int MAX_FILES = 500;

	static final long MAX_BYTES = 200L * 1024 * 1024;

	/** The largest text lesson, in bytes. */
	static final int MAX_TEXT = 200_000;

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final JsonMapper json;

	CoursePackageReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The package, checked.
	 * @param imported whether a course of this code was imported already (a prerequisite
	 * must have been)
	 * @throws InvalidCoursePackage naming every problem found
	 */
	CoursePackage read(byte[] zip, Predicate<String> imported) {
		List<Problem> problems = new ArrayList<>();
		Map<String, byte[]> files = unzip(zip, problems);
		byte[] manifest = files.get(MANIFEST);
		if (manifest == null) {
			if (problems.isEmpty()) {
				problems.add(new Problem(MANIFEST, null, "is missing: a package has its manifest at its top level"));
			}
			throw new InvalidCoursePackage(problems);
		}
		Map<String, Integer> lines = new HashMap<>();
		JsonNode root;
		try {
			lines.putAll(lines(manifest));
			root = json.readTree(manifest);
		}
		catch (StreamReadException ex) {
			problems.add(new Problem(MANIFEST, ex.getLocation() == null ? null : ex.getLocation().getLineNr(),
					"is not valid JSON: " + ex.getOriginalMessage()));
			throw new InvalidCoursePackage(problems);
		}
		catch (JacksonException ex) {
			problems.add(new Problem(MANIFEST, null, "is not valid JSON: " + ex.getOriginalMessage()));
			throw new InvalidCoursePackage(problems);
		}
		Manifest m = new Manifest(root, lines, problems);
		if (!FORMAT.equals(root.path("format").asString(""))) {
			m.problem("/format", "must be \"" + FORMAT + "\"");
		}
		String code = m.text("/code", 40, true);
		if (code != null && !CODE.matcher(code).matches()) {
			m.problem("/code", "must be 2 to 40 capital letters, digits and dashes, e.g. FIN-LIT-101");
		}
		else if (code != null && imported.test(code)) {
			m.problem("/code", "a course " + code + " was imported already: give this version a code of its own");
		}
		String title = m.text("/title", 200, true);
		String description = m.text("/description", 2000, true);
		String language = m.text("/language", 35, true);
		BigDecimal hours = m.number("/hours", new BigDecimal("0.5"), new BigDecimal("999"));
		List<String> prerequisites = new ArrayList<>();
		JsonNode required = root.path("prerequisites");
		for (int i = 0; i < required.size(); i++) {
			String wanted = required.get(i).asString("");
			if (!imported.test(wanted)) {
				m.problem("/prerequisites/" + i, "no course " + wanted + " was imported: import it first");
			}
			prerequisites.add(wanted);
		}
		List<CoursePackage.Lesson> lessons = lessons(m, files);
		List<CoursePackage.Quiz> quizzes = quizzes(m);
		if (!problems.isEmpty()) {
			throw new InvalidCoursePackage(problems);
		}
		Map<String, byte[]> used = new LinkedHashMap<>();
		lessons.forEach(l -> used.put(l.file(), files.get(l.file())));
		return new CoursePackage(code, title, description, language, hours, prerequisites, lessons, quizzes, used,
				Hashes.sha256Hex(zip));
	}

	private List<CoursePackage.Lesson> lessons(Manifest m, Map<String, byte[]> files) {
		List<CoursePackage.Lesson> lessons = new ArrayList<>();
		JsonNode all = m.root.path("lessons");
		if (!all.isArray() || all.isEmpty()) {
			m.problem("/lessons", "must list at least one lesson");
			return lessons;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < all.size(); i++) {
			String at = "/lessons/" + i;
			String id = m.id(at + "/id", ids);
			String title = m.text(at + "/title", 200, true);
			String file = m.text(at + "/file", 300, true);
			Integer minutes = m.integer(at + "/minutes", 1, 600);
			CoursePackage.LessonKind kind = null;
			if (file != null) {
				byte[] bytes = files.get(file);
				String lower = file.toLowerCase(Locale.ROOT);
				if (bytes == null) {
					m.problem(at + "/file", "there is no file " + file + " in the package");
				}
				else if (lower.endsWith(".pdf")) {
					kind = CoursePackage.LessonKind.PDF;
					if (!new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1).equals("%PDF-")) {
						m.problems.add(new Problem(file, null, "is not a PDF file"));
					}
				}
				else if (lower.endsWith(".md") || lower.endsWith(".txt")) {
					kind = CoursePackage.LessonKind.TEXT;
					if (bytes.length > MAX_TEXT) {
						m.problems.add(new Problem(file, null, "is longer than " + MAX_TEXT / 1000 + " KB of text"));
					}
					Integer bad = notUtf8Line(bytes);
					if (bad != null) {
						m.problems.add(new Problem(file, bad, "is not UTF-8 text"));
					}
				}
				else {
					m.problem(at + "/file", file + " must be a lesson's text (.md or .txt) or a PDF (.pdf)");
				}
			}
			if (id != null && title != null && file != null && minutes != null && kind != null) {
				lessons.add(new CoursePackage.Lesson(id, title, kind, file, minutes));
			}
		}
		return lessons;
	}

	private List<CoursePackage.Quiz> quizzes(Manifest m) {
		List<CoursePackage.Quiz> quizzes = new ArrayList<>();
		JsonNode all = m.root.path("quizzes");
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < all.size(); i++) {
			String at = "/quizzes/" + i;
			String id = m.id(at + "/id", ids);
			String title = m.text(at + "/title", 200, true);
			Integer pass = m.integer(at + "/passPercent", 1, 100);
			Integer attempts = m.integer(at + "/attempts", 1, 20);
			JsonNode questions = all.get(i).path("questions");
			List<CoursePackage.Question> asked = new ArrayList<>();
			if (!questions.isArray() || questions.isEmpty()) {
				m.problem(at + "/questions", "must list at least one question");
			}
			for (int q = 0; q < questions.size(); q++) {
				CoursePackage.Question question = question(m, at + "/questions/" + q, questions.get(q));
				if (question != null) {
					asked.add(question);
				}
			}
			if (id != null && title != null && pass != null && attempts != null && asked.size() == questions.size()) {
				quizzes.add(new CoursePackage.Quiz(id, title, pass, attempts, asked));
			}
		}
		return quizzes;
	}

	private static CoursePackage.@Nullable Question question(Manifest m, String at, JsonNode node) {
		String text = m.text(at + "/text", 1000, true);
		JsonNode choices = node.path("choices");
		if (choices.isArray()) {
			List<String> options = new ArrayList<>();
			for (int c = 0; c < choices.size(); c++) {
				options.add(choices.get(c).asString(""));
			}
			if (options.size() < 2 || options.size() > 8 || options.stream().anyMatch(String::isBlank)) {
				m.problem(at + "/choices", "must be 2 to 8 answers, none empty");
				return null;
			}
			Integer answer = m.integer(at + "/answer", 0, options.size() - 1);
			return text == null || answer == null ? null
					: new CoursePackage.Question(text, options, answer, null, null);
		}
		if (node.path("number").isNumber()) {
			BigDecimal tolerance = node.path("tolerance").isMissingNode() ? BigDecimal.ZERO
					: m.number(at + "/tolerance", BigDecimal.ZERO, new BigDecimal("1000000"));
			return text == null || tolerance == null ? null
					: new CoursePackage.Question(text, null, null, node.path("number").decimalValue(), tolerance);
		}
		m.problem(at, "needs either \"choices\" with the index of the right \"answer\", or a \"number\"");
		return null;
	}

	/** The package's files by name; problems for a file that is not a ZIP or too big. */
	private static Map<String, byte[]> unzip(byte[] zip, List<Problem> problems) {
		Map<String, byte[]> files = new HashMap<>();
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				String name = entry.getName().replace('\\', '/');
				if (name.startsWith("/") || name.contains("../")) {
					problems.add(new Problem(name, null, "is outside the package"));
					continue;
				}
				if (files.size() >= MAX_FILES) {
					problems.add(new Problem("package", null, "holds more than " + MAX_FILES + " files"));
					break;
				}
				byte[] bytes = readUpTo(in, MAX_BYTES - total);
				if (bytes == null) {
					problems.add(
							new Problem("package", null, "is larger than " + MAX_BYTES / 1024 / 1024 + " MB unpacked"));
					break;
				}
				total += bytes.length;
				files.put(name, bytes);
			}
		}
		catch (IOException ex) {
			problems.add(new Problem("package", null, "is not a ZIP file that can be read: " + ex.getMessage()));
		}
		if (files.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem("package", null, "is not a ZIP file, or an empty one"));
		}
		return files;
	}

	private static byte @Nullable [] readUpTo(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = in.read(buffer)) != -1) {
			if (out.size() + read > limit) {
				return null;
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	/** The first line that is not UTF-8, or null when all are. */
	private static @Nullable Integer notUtf8Line(byte[] bytes) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(bytes, start, i - start));
				}
				catch (CharacterCodingException ex) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return null;
	}

	/**
	 * The line of each value of the manifest, by its JSON pointer
	 * ({@code /lessons/2/file}), so that a problem found in the tree is named where the
	 * author wrote it.
	 */
	private Map<String, Integer> lines(byte[] manifest) {
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser parser = json.createParser(manifest)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				int line = parser.currentTokenLocation().getLineNr();
				if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
					var parent = parser.streamReadContext().getParent();
					if (parent != null) {
						lines.putIfAbsent(parent.pathAsPointer().toString(), line);
					}
				}
				else if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
					lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(), line);
				}
			}
		}
		return lines;
	}

	/** The manifest's tree, the line of each value, and the problems found so far. */
	private static final class Manifest {

		final JsonNode root;

		final Map<String, Integer> lines;

		final List<Problem> problems;

		Manifest(JsonNode root, Map<String, Integer> lines, List<Problem> problems) {
			this.root = root;
			this.lines = lines;
			this.problems = problems;
		}

		void problem(String pointer, String message) {
			String[] parts = pointer.substring(1).split("/");
			String field = parts[parts.length - 1];
			if (field.chars().allMatch(Character::isDigit) && parts.length > 1) {
				field = parts[parts.length - 2] + "[" + field + "]";
			}
			problems.add(new Problem(MANIFEST, line(pointer), "\"" + field + "\" " + message));
		}

		/** The line of the value, or of the nearest one around it that is there. */
		@Nullable Integer line(String pointer) {
			String at = pointer;
			while (!at.isEmpty()) {
				Integer line = lines.get(at);
				if (line != null) {
					return line;
				}
				at = at.substring(0, at.lastIndexOf('/'));
			}
			return null;
		}

		@Nullable String text(String pointer, int max, boolean required) {
			JsonNode node = root.at(pointer);
			if (node.isMissingNode() || node.isNull() || (node.isString() && node.asString().isBlank())) {
				if (required) {
					problem(pointer, "is missing");
				}
				return null;
			}
			if (!node.isString()) {
				problem(pointer, "must be text");
				return null;
			}
			String text = node.asString().strip();
			if (text.length() > max) {
				problem(pointer, "is longer than " + max + " characters");
				return null;
			}
			return text;
		}

		@Nullable String id(String pointer, Set<String> seen) {
			String id = text(pointer, 40, true);
			if (id == null) {
				return null;
			}
			if (!ID.matcher(id).matches()) {
				problem(pointer, "must be small letters, digits and dashes, e.g. making-a-budget");
				return null;
			}
			if (!seen.add(id)) {
				problem(pointer, "\"" + id + "\" is used twice");
				return null;
			}
			return id;
		}

		@Nullable Integer integer(String pointer, int min, int max) {
			JsonNode node = root.at(pointer);
			if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
				problem(pointer,
						node.isMissingNode() ? "is missing" : "must be a whole number from " + min + " to " + max);
				return null;
			}
			return node.asInt();
		}

		@Nullable BigDecimal number(String pointer, BigDecimal min, BigDecimal max) {
			JsonNode node = root.at(pointer);
			if (!node.isNumber() || node.decimalValue().compareTo(min) < 0 || node.decimalValue().compareTo(max) > 0) {
				problem(pointer, node.isMissingNode() ? "is missing"
						: "must be a number from " + min.toPlainString() + " to " + max.toPlainString());
				return null;
			}
			return node.decimalValue();
		}

	}

}
