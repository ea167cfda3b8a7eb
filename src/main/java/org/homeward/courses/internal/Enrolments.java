package org.homeward.courses.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.courses.CourseCompleted;
import org.homeward.courses.CourseEnrolled;
import org.homeward.courses.EnrolmentStatus;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a person does with the courses their agency offers: enrols (once; prerequisites
 * completed first), opens and completes lessons (time on task added up from each opening,
 * at most three times the lesson's length), answers quizzes (every attempt kept with its
 * answers, up to the quiz's limit), and completes the course once every lesson is done
 * and every quiz passed: the enrolment moves to COMPLETED, the certificate is issued and
 * {@link CourseCompleted} published, in one transaction.
 */
@Component
public class Enrolments {

	/** An enrolment and where it stands. */
	public record Enrolment(UUID id, UUID inmate, TenantId agency, UUID facility, UUID course, EnrolmentStatus status,
			Instant enrolledAt, @Nullable Instant completedAt) {
	}

	/** A course offered to a person, and how far they are in it. */
	public record Offered(CourseCatalogue.Course course, @Nullable Enrolment enrolment, int percent) {
	}

	/**
	 * A person's course: lessons done, and per quiz the attempts made and whether passed.
	 */
	public record Progress(CourseCatalogue.Course course, Enrolment enrolment, Set<String> lessonsDone,
			Map<String, QuizState> quizzes, int percent) {

		public boolean done(String lesson) {
			return lessonsDone.contains(lesson);
		}

		public QuizState quiz(String quiz) {
			return quizzes.getOrDefault(quiz, new QuizState(0, false, null));
		}

	}

	/** A quiz as far as a person went: attempts, passed, best score. */
	public record QuizState(int attempts, boolean passed, @Nullable Integer bestScore) {
	}

	/** An attempt's outcome (kept in the session for the page that shows it). */
	public record Attempt(int number, int score, boolean passed, int attemptsLeft,
			boolean courseCompleted) implements java.io.Serializable {
	}

	private final JdbcClient jdbc;

	private final CourseCatalogue catalogue;

	private final Certificates certificates;

	private final Directory directory;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Enrolments(JdbcClient jdbc, CourseCatalogue catalogue, Certificates certificates, Directory directory,
			JsonMapper json, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.certificates = certificates;
		this.directory = directory;
		this.json = json;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The courses the inmate's agency offers, with their enrolment in each. */
	public List<Offered> offered(UUID inmate) {
		InmateView person = inmate(inmate);
		Map<UUID, Enrolment> mine = new HashMap<>();
		jdbc.sql("select * from courses.enrolment where inmate_id = :inmate")
			.param("inmate", inmate)
			.query((rs, n) -> enrolment(rs))
			.list()
			.forEach(e -> mine.put(e.course(), e));
		List<Offered> offered = new ArrayList<>();
		for (CourseCatalogue.Course course : catalogue.offeredBy(person.agency().id())) {
			Enrolment enrolment = mine.get(course.id());
			offered.add(new Offered(course, enrolment, enrolment == null ? 0 : progress(course, enrolment).percent()));
		}
		return offered;
	}

	/**
	 * Enrols the inmate, or answers their enrolment when they have one.
	 * @throws BusinessRuleException {@code course-not-offered} at their agency,
	 * {@code prerequisite-missing} until the courses it needs are completed
	 */
	public Enrolment enrol(UUID inmate, UUID courseId) {
		Optional<Enrolment> earlier = find(inmate, courseId);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		InmateView person = inmate(inmate);
		CourseCatalogue.Course course = offered(person, courseId);
		Set<String> completed = new HashSet<>(jdbc.sql("""
				select c.code from courses.enrolment e join courses.course c on c.id = e.course_id
				 where e.inmate_id = :inmate and e.status = 'COMPLETED'""")
			.param("inmate", inmate)
			.query(String.class)
			.list());
		List<String> missing = course.prerequisites().stream().filter(code -> !completed.contains(code)).toList();
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("prerequisite-missing", null,
					"Complete " + String.join(", ", missing) + " first: \u201c" + course.title()
							+ "\u201d builds on it.",
					List.of(String.join(", ", missing), course.title()), Map.of("missing", missing));
		}
		try {
			UUID id = Ids.next();
			Instant at = clock.instant();
			transactions.executeWithoutResult(status -> {
				jdbc.sql(
						"""
								insert into courses.enrolment (id, inmate_id, agency_id, facility_id, course_id, status, enrolled_at)
								values (:id, :inmate, :agency, :facility, :course, 'ENROLLED', :at)""")
					.param("id", id)
					.param("inmate", inmate)
					.param("agency", person.agency().id().value())
					.param("facility", person.facility().id())
					.param("course", courseId)
					.param("at", at.atOffset(ZoneOffset.UTC))
					.update();
				events.publishEvent(
						new CourseEnrolled(id, inmate, person.agency().id(), person.facility().id(), courseId, at));
			});
		}
		catch (DuplicateKeyException ex) {
			// enrolled twice at once: the other request did it
		}
		return find(inmate, courseId).orElseThrow();
	}

	/**
	 * The inmate's course and how far they are in it.
	 * @throws NotFoundException when they are not enrolled
	 */
	public Progress progress(UUID inmate, UUID courseId) {
		Enrolment enrolment = find(inmate, courseId).orElseThrow(() -> new NotFoundException("enrolment"));
		return progress(catalogue.course(courseId).orElseThrow(), enrolment);
	}

	/** The inmate opens a lesson: its time on task counts from now. */
	public CourseCatalogue.Lesson open(UUID inmate, UUID courseId, String lessonId) {
		Progress progress = progress(inmate, courseId);
		CourseCatalogue.Lesson lesson = progress.course()
			.lesson(lessonId)
			.orElseThrow(() -> new NotFoundException("lesson"));
		Instant now = clock.instant();
		if (jdbc.sql("update courses.lesson_progress set opened_at = :at where enrolment_id = :e and lesson_id = :l")
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("e", progress.enrolment().id())
			.param("l", lessonId)
			.update() == 0) {
			try {
				jdbc.sql("""
						insert into courses.lesson_progress (enrolment_id, lesson_id, seconds, opened_at)
						values (:e, :l, 0, :at)""")
					.param("e", progress.enrolment().id())
					.param("l", lessonId)
					.param("at", now.atOffset(ZoneOffset.UTC))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// opened twice at once
			}
		}
		return lesson;
	}

	/**
	 * The inmate completed a lesson: its time on task is added (from when they opened
	 * it), and the course completes when it was the last thing left.
	 */
	public Progress completeLesson(UUID inmate, UUID courseId, String lessonId) {
		Progress before = progress(inmate, courseId);
		CourseCatalogue.Lesson lesson = before.course()
			.lesson(lessonId)
			.orElseThrow(() -> new NotFoundException("lesson"));
		UUID enrolment = before.enrolment().id();
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			Instant opened = jdbc
				.sql("select opened_at from courses.lesson_progress where enrolment_id = :e and lesson_id = :l")
				.param("e", enrolment)
				.param("l", lessonId)
				.query((rs, n) -> rs.getTimestamp("opened_at") == null ? null
						: rs.getTimestamp("opened_at").toInstant())
				.optional()
				.orElse(null);
			long seconds = opened == null ? 0
					: Math.max(0, Math.min(Duration.between(opened, now).toSeconds(), lesson.minutes() * 60L * 3));
			int changed = jdbc.sql("""
					update courses.lesson_progress set seconds = seconds + :s, opened_at = null,
					       completed_at = coalesce(completed_at, :at)
					 where enrolment_id = :e and lesson_id = :l""")
				.param("s", seconds)
				.param("at", now.atOffset(ZoneOffset.UTC))
				.param("e", enrolment)
				.param("l", lessonId)
				.update();
			if (changed == 0) {
				jdbc.sql("""
						insert into courses.lesson_progress (enrolment_id, lesson_id, seconds, completed_at)
						values (:e, :l, 0, :at)""")
					.param("e", enrolment)
					.param("l", lessonId)
					.param("at", now.atOffset(ZoneOffset.UTC))
					.update();
			}
			completeIfDone(inmate, courseId);
		});
		return progress(inmate, courseId);
	}

	/**
	 * An attempt at a quiz: scored, kept with its answers.
	 * @throws BusinessRuleException {@code attempts-used-up}, or once the quiz is passed
	 * @throws InvalidInputException when the answers do not match the questions
	 */
	public Attempt attempt(UUID inmate, UUID courseId, String quizId, List<@Nullable Object> answers) {
		Progress before = progress(inmate, courseId);
		CourseCatalogue.Quiz quiz = before.course().quiz(quizId).orElseThrow(() -> new NotFoundException("quiz"));
		QuizState state = before.quiz(quizId);
		if (state.passed()) {
			throw new BusinessRuleException("quiz-passed", null, "You passed \u201c" + quiz.title() + "\u201d already.",
					List.of(quiz.title()), Map.of());
		}
		if (state.attempts() >= quiz.maxAttempts()) {
			throw new BusinessRuleException("attempts-used-up", null,
					"You used all " + quiz.maxAttempts() + " attempts at \u201c" + quiz.title() + "\u201d.",
					List.of(String.valueOf(quiz.maxAttempts()), quiz.title()), Map.of());
		}
		if (answers.size() != quiz.questions().size()) {
			throw new InvalidInputException("answers",
					"must answer each of the " + quiz.questions().size() + " questions, in order");
		}
		int right = 0;
		for (int i = 0; i < answers.size(); i++) {
			if (quiz.questions().get(i).right(answers.get(i))) {
				right++;
			}
		}
		int score = right * 100 / quiz.questions().size();
		boolean passed = score >= quiz.passPercent();
		int number = state.attempts() + 1;
		Boolean completed = transactions.execute(status -> {
			jdbc.sql("""
					insert into courses.attempt (id, enrolment_id, quiz_id, number, answers, score, passed, at)
					values (:id, :e, :q, :number, :answers, :score, :passed, :at)""")
				.param("id", Ids.next())
				.param("e", before.enrolment().id())
				.param("q", quizId)
				.param("number", number)
				.param("answers", json.writeValueAsString(answers))
				.param("score", score)
				.param("passed", passed)
				.param("at", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return passed && completeIfDone(inmate, courseId);
		});
		return new Attempt(number, score, passed, quiz.maxAttempts() - number, Boolean.TRUE.equals(completed));
	}

	/** The inmate's enrolment in the course, if any. */
	public Optional<Enrolment> find(UUID inmate, UUID course) {
		return jdbc.sql("select * from courses.enrolment where inmate_id = :inmate and course_id = :course")
			.param("inmate", inmate)
			.param("course", course)
			.query((rs, n) -> enrolment(rs))
			.optional();
	}

	/** Completes the course when nothing is left: whether this call did. */
	private boolean completeIfDone(UUID inmate, UUID courseId) {
		Progress progress = progress(inmate, courseId);
		Enrolment enrolment = progress.enrolment();
		if (enrolment.status() != EnrolmentStatus.ENROLLED || progress.percent() < 100) {
			return false;
		}
		Instant now = clock.instant();
		int moved = jdbc.sql("""
				update courses.enrolment set status = 'COMPLETED', completed_at = :at
				 where id = :id and status in (:from)""")
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("id", enrolment.id())
			.param("from", EnrolmentStatus.LIFECYCLE.sourceNamesOf(EnrolmentStatus.COMPLETED))
			.update();
		if (moved == 0) {
			return false;
		}
		InmateView person = inmate(inmate);
		CourseCatalogue.Course course = progress.course();
		certificates.issue(enrolment.id(), person.firstName() + " " + person.lastName(), course.title(), course.hours(),
				person.agency().name());
		events.publishEvent(new CourseCompleted(enrolment.id(), inmate, enrolment.agency(), enrolment.facility(),
				courseId, course.code(), course.hours(), now));
		return true;
	}

	private Progress progress(CourseCatalogue.Course course, Enrolment enrolment) {
		Set<String> done = new HashSet<>(jdbc.sql("""
				select lesson_id from courses.lesson_progress where enrolment_id = :e and completed_at is not null""")
			.param("e", enrolment.id())
			.query(String.class)
			.list());
		Map<String, QuizState> quizzes = new HashMap<>();
		jdbc.sql("""
				select quiz_id, count(*) as attempts, max(case when passed then 1 else 0 end) as passed,
				       max(score) as best
				  from courses.attempt where enrolment_id = :e group by quiz_id""")
			.param("e", enrolment.id())
			.query((rs, n) -> quizzes.put(rs.getString("quiz_id"),
					new QuizState(rs.getInt("attempts"), rs.getInt("passed") == 1, rs.getInt("best"))))
			.list();
		long steps = course.lessons().size() + course.quizzes().size();
		long finished = course.lessons().stream().filter(l -> done.contains(l.id())).count() + course.quizzes()
			.stream()
			.filter(q -> quizzes.containsKey(q.id()) && quizzes.get(q.id()).passed())
			.count();
		return new Progress(course, enrolment, done, quizzes, (int) (finished * 100 / steps));
	}

	private CourseCatalogue.Course offered(InmateView person, UUID courseId) {
		CourseCatalogue.Course course = catalogue.course(courseId).orElseThrow(() -> new NotFoundException("course"));
		if (!catalogue.offers(person.agency().id(), courseId)) {
			throw new BusinessRuleException("course-not-offered", null,
					"\u201c" + course.title() + "\u201d is not offered at " + person.facility().name() + ".",
					List.of(course.title(), person.facility().name()), Map.of());
		}
		return course;
	}

	private InmateView inmate(UUID inmate) {
		return directory.inmate(inmate).orElseThrow(() -> new NotFoundException("inmate"));
	}

	private static Enrolment enrolment(ResultSet rs) throws SQLException {
		return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
				new TenantId(rs.getObject("agency_id", UUID.class)), rs.getObject("facility_id", UUID.class),
				rs.getObject("course_id", UUID.class), EnrolmentStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("enrolled_at").toInstant(),
				rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant());
	}

}
