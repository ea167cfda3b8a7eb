package org.homeward.courses.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a person shows their courses and certificates to their family: their choice at
 * the kiosk (nothing is shown until they make it), and what their active contacts then
 * see.
 */
@Component
public class CourseSharing {

	/** What a family sees of their loved one's studies. */
	public record Shown(boolean shared, List<Enrolments.Offered> courses, List<Certificates.Certificate> certificates) {
	}

	private final JdbcClient jdbc;

	private final Enrolments enrolments;

	private final Certificates certificates;

	private final Contacts contacts;

	private final Clock clock;

	CourseSharing(JdbcClient jdbc, Enrolments enrolments, Certificates certificates, Contacts contacts, Clock clock) {
		this.jdbc = jdbc;
		this.enrolments = enrolments;
		this.certificates = certificates;
		this.contacts = contacts;
		this.clock = clock;
	}

	public boolean shared(UUID inmate) {
		return jdbc.sql("select shared from courses.sharing where inmate_id = :inmate")
			.param("inmate", inmate)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public void share(UUID inmate, boolean shared) {
		var at = clock.instant().atOffset(ZoneOffset.UTC);
		if (jdbc.sql("update courses.sharing set shared = :shared, updated_at = :at where inmate_id = :inmate")
			.param("shared", shared)
			.param("at", at)
			.param("inmate", inmate)
			.update() == 0) {
			jdbc.sql("insert into courses.sharing (inmate_id, shared, updated_at) values (:inmate, :shared, :at)")
				.param("shared", shared)
				.param("at", at)
				.param("inmate", inmate)
				.update();
		}
	}

	/**
	 * What the family sees of their loved one's courses: the courses they enrolled in and
	 * their certificates, once they chose to share them.
	 * @throws NotFoundException when the inmate is not the family's active contact
	 */
	public Shown forFamily(UUID account, UUID inmate) {
		contacts.between(account, inmate)
			.filter(ContactView::active)
			.orElseThrow(() -> new NotFoundException("inmate"));
		if (!shared(inmate)) {
			return new Shown(false, List.of(), List.of());
		}
		return new Shown(true, enrolments.offered(inmate).stream().filter(o -> o.enrolment() != null).toList(),
				certificates.ofInmate(inmate));
	}

}
