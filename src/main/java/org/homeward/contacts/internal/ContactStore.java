package org.homeward.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactStatusChanged;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Side;
import org.homeward.directory.InmateView;
import org.homeward.shared.Ids;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored contacts. Row mappers only map. */
@Repository
class ContactStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ContactStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	Optional<ContactView> between(UUID account, UUID inmate) {
		return jdbc.sql("select * from contacts.contact where account_id = :account and inmate_id = :inmate")
			.param("account", account)
			.param("inmate", inmate)
			.query(ContactStore::contact)
			.optional();
	}

	Optional<ContactView> byId(UUID id) {
		return jdbc.sql("select * from contacts.contact where id = :id")
			.param("id", id)
			.query(ContactStore::contact)
			.optional();
	}

	List<ContactView> ofAccount(UUID account) {
		return jdbc.sql("select * from contacts.contact where account_id = :account order by created_at desc")
			.param("account", account)
			.query(ContactStore::contact)
			.list();
	}

	List<ContactView> ofInmate(UUID inmate) {
		return jdbc.sql("select * from contacts.contact where inmate_id = :inmate order by created_at desc")
			.param("inmate", inmate)
			.query(ContactStore::contact)
			.list();
	}

	List<UUID> accountsAt(TenantId agency) {
		return jdbc.sql("select distinct account_id from contacts.contact where agency_id = :agency")
			.param("agency", agency.value())
			.query(UUID.class)
			.list();
	}

	List<ContactView> pendingAt(TenantId agency) {
		return jdbc.sql("""
				select * from contacts.contact where agency_id = :agency and status = 'PENDING_APPROVAL'
				 order by created_at limit 200""").param("agency", agency.value()).query(ContactStore::contact).list();
	}

	/**
	 * Sets the contact between the account and the inmate to this status, creating it if
	 * there is none.
	 */
	ContactView put(UUID account, InmateView inmate, ContactStatus status, @Nullable Side blockedBy) {
		Optional<ContactView> existing = between(account, inmate.id());
		if (existing.isPresent()) {
			return move(existing.get(), status, blockedBy, null);
		}
		UUID id = Ids.next();
		insert(id, account, inmate, status, blockedBy);
		return announced(id, null);
	}

	/**
	 * An ACTIVE contact, unless there is one already (in any status); whether it was
	 * added.
	 */
	boolean addActive(UUID account, InmateView inmate) {
		UUID id = Ids.next();
		boolean added = insert(id, account, inmate, ContactStatus.ACTIVE, null) == 1;
		if (added) {
			announced(id, null);
		}
		return added;
	}

	/**
	 * Moves a contact to a status (blocked by a side, or decided by a staff member) and
	 * tells the other modules.
	 * @return the contact as it is now
	 */
	ContactView move(ContactView contact, ContactStatus to, @Nullable Side blockedBy, @Nullable UUID decidedBy) {
		jdbc.sql("update contacts.contact set status = :status, blocked_by = :by, updated_at = :now"
				+ (decidedBy == null ? "" : ", decided_by = :decidedBy") + " where id = :id")
			.param("status", to.name())
			.param("by", blockedBy == null ? null : blockedBy.name())
			.param("now", now())
			.params(decidedBy == null ? Map.of() : Map.of("decidedBy", decidedBy))
			.param("id", contact.id())
			.update();
		return announced(contact.id(), contact.status());
	}

	private ContactView announced(UUID id, @Nullable ContactStatus from) {
		ContactView now = byId(id).orElseThrow();
		if (now.status() != from) {
			events.publishEvent(new ContactStatusChanged(now.id(), now.accountId(), now.inmateId(), now.agency(), from,
					now.status(), clock.instant()));
		}
		return now;
	}

	private int insert(UUID id, UUID account, InmateView inmate, ContactStatus status, @Nullable Side blockedBy) {
		return jdbc
			.sql("""
					insert into contacts.contact (id, account_id, inmate_id, agency_id, status, blocked_by, created_at, updated_at)
					values (:id, :account, :inmate, :agency, :status, :by, :now, :now) on conflict do nothing""")
			.param("id", id)
			.param("account", account)
			.param("inmate", inmate.id())
			.param("agency", inmate.agency().id().value())
			.param("status", status.name())
			.param("by", blockedBy == null ? null : blockedBy.name())
			.param("now", now())
			.update();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static ContactView contact(ResultSet rs, int n) throws SQLException {
		String blockedBy = rs.getString("blocked_by");
		return new ContactView(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getObject("inmate_id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				ContactStatus.valueOf(rs.getString("status")), blockedBy == null ? null : Side.valueOf(blockedBy),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("privileged_kind") != null);
	}

}
