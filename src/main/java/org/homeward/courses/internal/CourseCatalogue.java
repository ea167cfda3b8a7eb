package org.homeward.courses.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.files.BlobStore;
import org.homeward.shared.Caller;
import org.homeward.shared.Ids;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The courses operators imported and the ones each agency offers. A package's files are
 * stored before the rows that name them commit (a crash leaves at most unnamed files),
 * and a course never changes once imported: a new version is a new code, so what a person
 * studied and was certified for stays what it was.
 */
@Component
public class CourseCatalogue {

	/** A course as imported, with its lessons and quizzes in order. */
	public record Course(UUID id, String code, String title, String description, String language, BigDecimal hours,
			List<String> prerequisites, List<Lesson> lessons, List<Quiz> quizzes) {

		public Optional<Lesson> lesson(String id) {
			return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
		}

		public Optional<Quiz> quiz(String id) {
			return quizzes.stream().filter(q -> q.id().equals(id)).findFirst();
		}

	}

	/** A lesson: its text or PDF in the blob store under {@code fileKey}. */
	public record Lesson(String id, String title, CoursePackage.LessonKind kind, String fileKey, int minutes) {
	}

	/** A quiz and its questions (with their answers: never sent to the kiosk). */
	public record Quiz(String id, String title, int passPercent, int maxAttempts,
			List<CoursePackage.Question> questions) {
	}

	private static final TypeReference<List<CoursePackage.Question>> QUESTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final CoursePackageReader reader;

	private final BlobStore blobs;

	private final JsonMapper json;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CourseCatalogue(JdbcClient jdbc, CoursePackageReader reader, BlobStore blobs, JsonMapper json, AuditLog audit,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.blobs = blobs;
		this.json = json;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Imports a package.
	 * @throws org.homeward.courses.InvalidCoursePackage naming every problem
	 */
	public Course importPackage(Caller operator, byte[] zip) {
		operator.operator();
		CoursePackage read = reader.read(zip, this::imported);
		UUID id = Ids.next();
		for (CoursePackage.Lesson lesson : read.lessons()) {
			blobs.put(fileKey(id, lesson), read.files().get(lesson.file()));
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into courses.course (id, code, title, description, language, hours, sha256, imported_by,
					       imported_at)
					values (:id, :code, :title, :description, :language, :hours, :sha, :by, :at)""")
				.param("id", id)
				.param("code", read.code())
				.param("title", read.title())
				.param("description", read.description())
				.param("language", read.language())
				.param("hours", read.hours())
				.param("sha", read.sha256())
				.param("by", operator.accountId())
				.param("at", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			for (String code : read.prerequisites()) {
				jdbc.sql("insert into courses.prerequisite (course_id, requires_code) values (:id, :code)")
					.param("id", id)
					.param("code", code)
					.update();
			}
			int position = 0;
			for (CoursePackage.Lesson lesson : read.lessons()) {
				jdbc.sql("""
						insert into courses.lesson (course_id, id, position, title, kind, file_key, minutes)
						values (:course, :id, :position, :title, :kind, :key, :minutes)""")
					.param("course", id)
					.param("id", lesson.id())
					.param("position", position++)
					.param("title", lesson.title())
					.param("kind", lesson.kind().name())
					.param("key", fileKey(id, lesson))
					.param("minutes", lesson.minutes())
					.update();
			}
			position = 0;
			for (CoursePackage.Quiz quiz : read.quizzes()) {
				jdbc.sql("""
						insert into courses.quiz (course_id, id, position, title, pass_percent, max_attempts, questions)
						values (:course, :id, :position, :title, :pass, :attempts, :questions)""")
					.param("course", id)
					.param("id", quiz.id())
					.param("position", position++)
					.param("title", quiz.title())
					.param("pass", quiz.passPercent())
					.param("attempts", quiz.attempts())
					.param("questions", json.writeValueAsString(quiz.questions()))
					.update();
			}
			audit.record(new AuditEntry(operator.accountId(), operator.displayName(), null, "course.imported",
					id.toString(), read.code() + " " + read.title(), null));
		});
		return course(id).orElseThrow();
	}

	/**
	 * Puts back the files of an imported course from its package where the blob store
	 * lacks them (a demo database kept while its files were not); nothing else changes.
	 */
	void restoreFiles(Course course, byte[] zip) {
		CoursePackage read = reader.read(zip, code -> !code.equals(course.code()) && imported(code));
		for (CoursePackage.Lesson lesson : read.lessons()) {
			String key = fileKey(course.id(), lesson);
			if (blobs.open(key).isEmpty()) {
				blobs.put(key, read.files().get(lesson.file()));
			}
		}
	}

	public Optional<Course> course(UUID id) {
		return load(id);
	}

	/** Every course imported, by title. */
	public List<Course> all() {
		return jdbc.sql("select id from courses.course order by title, id")
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(id -> load(id).stream())
			.toList();
	}

	/** The courses the agency offers, by title. */
	public List<Course> offeredBy(TenantId agency) {
		return jdbc.sql("""
				select c.id from courses.course c join courses.offering o on o.course_id = c.id
				 where o.agency_id = :agency order by c.title, c.id""")
			.param("agency", agency.value())
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(id -> load(id).stream())
			.toList();
	}

	public boolean offers(TenantId agency, UUID course) {
		return jdbc.sql("select count(*) from courses.offering where agency_id = :agency and course_id = :course")
			.param("agency", agency.value())
			.param("course", course)
			.query(Integer.class)
			.single() > 0;
	}

	/** The agency offers the course at its facilities from now on (audited). */
	public void offer(Caller admin, TenantId agency, UUID course) {
		course(course).orElseThrow(() -> new NotFoundException("course"));
		transactions.executeWithoutResult(status -> {
			int added = jdbc
				.sql("""
						insert into courses.offering (agency_id, course_id, offered_by, offered_at)
						select :agency, :course, :by, :at
						 where not exists (select 1 from courses.offering where agency_id = :agency and course_id = :course)""")
				.param("agency", agency.value())
				.param("course", course)
				.param("by", admin.accountId())
				.param("at", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			if (added == 1) {
				audit.record(new AuditEntry(admin.accountId(), admin.displayName(), agency, "course.offered",
						course.toString(), null, null));
			}
		});
	}

	/**
	 * The agency stops offering the course: nobody enrols any more; those enrolled finish
	 * it (audited).
	 */
	public void withdraw(Caller admin, TenantId agency, UUID course) {
		transactions.executeWithoutResult(status -> {
			int removed = jdbc.sql("delete from courses.offering where agency_id = :agency and course_id = :course")
				.param("agency", agency.value())
				.param("course", course)
				.update();
			if (removed == 1) {
				audit.record(new AuditEntry(admin.accountId(), admin.displayName(), agency, "course.withdrawn",
						course.toString(), null, null));
			}
		});
	}

	private boolean imported(String code) {
		return jdbc.sql("select count(*) from courses.course where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single() > 0;
	}

	private Optional<Course> load(UUID id) {
		List<Map<String, Object>> rows = jdbc.sql("select * from courses.course where id = :id")
			.param("id", id)
			.query()
			.listOfRows();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> row = rows.get(0);
		List<String> prerequisites = jdbc
			.sql("select requires_code from courses.prerequisite where course_id = :id order by requires_code")
			.param("id", id)
			.query(String.class)
			.list();
		List<Lesson> lessons = jdbc.sql("select * from courses.lesson where course_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> lesson(rs))
			.list();
		List<Quiz> quizzes = jdbc.sql("select * from courses.quiz where course_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new Quiz(rs.getString("id"), rs.getString("title"), rs.getInt("pass_percent"),
					rs.getInt("max_attempts"), json.readValue(rs.getString("questions"), QUESTIONS)))
			.list();
		return Optional
			.of(new Course(id, (String) row.get("code"), (String) row.get("title"), (String) row.get("description"),
					(String) row.get("language"), (BigDecimal) row.get("hours"), prerequisites, lessons, quizzes));
	}

	private static Lesson lesson(ResultSet rs) throws SQLException {
		return new Lesson(rs.getString("id"), rs.getString("title"),
				CoursePackage.LessonKind.valueOf(rs.getString("kind")), rs.getString("file_key"), rs.getInt("minutes"));
	}

	private static String fileKey(UUID course, CoursePackage.Lesson lesson) {
		return "courses/" + course + "/" + lesson.id();
	}

}
