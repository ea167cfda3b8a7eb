package org.homeward.contacts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.accounts.Members;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.Caller;
import org.homeward.shared.EmailAddresses;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding an agency that comes from another vendor: its contact list (inmate number,
 * person's e-mail) is imported so that families find their contacts in place. A person
 * who already has an account gets the contact at once; anyone else is invited by e-mail,
 * and the contact appears when they register with that address. Bad rows are reported
 * with their line and the rest are imported; importing the same file again changes
 * nothing.
 */
@Service
public class ContactImports {

	/** The outcome of an import. */
	public record Report(int rows, int contactsCreated, int invited, int alreadyInPlace, List<RowError> errors) {
	}

	/** A row that could not be imported, and why. */
	public record RowError(long line, String message) {
	}

	private final JdbcClient jdbc;

	private final ContactStore store;

	private final Directory directory;

	private final Members members;

	private final Mailer mailer;

	private final AuditLog audit;

	private final Clock clock;

	ContactImports(JdbcClient jdbc, ContactStore store, Directory directory, Members members, Mailer mailer,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.directory = directory;
		this.members = members;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Imports a CSV with the header {@code inmate_number,email}.
	 * @throws InvalidInputException when the file is not such a CSV
	 */
	@Transactional
	public Report importCsv(AgencyView agency, InputStream file, Caller by) {
		List<RowError> errors = new ArrayList<>();
		int rows = 0;
		int created = 0;
		int alreadyInPlace = 0;
		Set<String> invitedEmails = new LinkedHashSet<>();
		try (Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setTrim(true)
					.get()
					.parse(reader)) {
			if (!csv.getHeaderNames().containsAll(List.of("inmate_number", "email"))) {
				throw new InvalidInputException("file", "must be a CSV with the columns inmate_number and email");
			}
			for (CSVRecord row : csv) {
				rows++;
				String number = row.get("inmate_number");
				String email = row.get("email").toLowerCase(Locale.ROOT);
				if (!EmailAddresses.valid(email)) {
					errors.add(new RowError(row.getRecordNumber() + 1, "the e-mail address is not valid"));
					continue;
				}
				InmateView inmate = directory.inmateByNumber(agency.id(), number).orElse(null);
				if (inmate == null) {
					errors.add(new RowError(row.getRecordNumber() + 1, "no inmate " + number + " at " + agency.code()));
					continue;
				}
				UUID account = members.familyByEmail(email).orElse(null);
				if (account != null) {
					if (contact(account, inmate)) {
						created++;
					}
					else {
						alreadyInPlace++;
					}
					continue;
				}
				int inserted = jdbc.sql("""
						insert into contacts.pending_import (id, agency_id, inmate_id, email, created_at)
						values (:id, :agency, :inmate, :email, :now) on conflict do nothing""")
					.param("id", Ids.next())
					.param("agency", agency.id().value())
					.param("inmate", inmate.id())
					.param("email", email)
					.param("now", now())
					.update();
				if (inserted == 1) {
					invitedEmails.add(email);
				}
				else {
					alreadyInPlace++;
				}
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw new InvalidInputException("file", "could not be read as a CSV: " + ex.getMessage());
		}
		for (String email : invitedEmails) {
			mailer.send(new Email(email, "contact-import-invitation", Locale.ENGLISH,
					Map.of("agency", agency.name(), "email", email, "path", "/register")));
		}
		audit.record(new AuditEntry(
				by.accountId(), by.displayName(), agency.id(), "contacts.imported", agency.code(), rows + " rows, "
						+ created + " contacts, " + invitedEmails.size() + " invited, " + errors.size() + " errors",
				null));
		return new Report(rows, created, invitedEmails.size(), alreadyInPlace, errors);
	}

	/**
	 * A family just registered: the contacts imported for their address are put in place.
	 */
	@Transactional
	public int placeImported(UUID account, String email) {
		List<UUID> inmates = jdbc.sql("""
				select inmate_id from contacts.pending_import where email = :email and imported_at is null""")
			.param("email", email.toLowerCase(Locale.ROOT))
			.query(UUID.class)
			.list();
		int placed = 0;
		for (UUID inmateId : inmates) {
			InmateView inmate = directory.inmate(inmateId).orElse(null);
			if (inmate != null && contact(account, inmate)) {
				placed++;
			}
		}
		jdbc.sql("update contacts.pending_import set imported_at = :now where email = :email and imported_at is null")
			.param("now", now())
			.param("email", email.toLowerCase(Locale.ROOT))
			.update();
		return placed;
	}

	/**
	 * An ACTIVE contact, as the previous vendor had it; false when there was one already.
	 */
	private boolean contact(UUID account, InmateView inmate) {
		return store.addActive(account, inmate);
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

}
