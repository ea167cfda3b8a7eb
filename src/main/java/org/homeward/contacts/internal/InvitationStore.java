package org.homeward.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contacts.Invitation;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored invitations, read. Row mappers only map. */
@Repository
class InvitationStore {

	private final JdbcClient jdbc;

	InvitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The inmate's invitations, newest first. */
	List<Invitation> invitationsOf(UUID inmate) {
		return jdbc.sql("select * from contacts.invitation where inmate_id = :inmate order by created_at desc")
			.param("inmate", inmate)
			.query(InvitationStore::invitationView)
			.list();
	}

	/** The agency's invitations waiting for staff, oldest first. */
	List<Invitation> pendingOf(TenantId agency) {
		return jdbc.sql("""
				select * from contacts.invitation where agency_id = :agency and status = 'PENDING_APPROVAL'
				 order by created_at limit 200""")
			.param("agency", agency.value())
			.query(InvitationStore::invitationView)
			.list();
	}

	/** An invitation, its row locked until the transaction ends. */
	Optional<Invitation> lock(UUID id) {
		return jdbc.sql("select * from contacts.invitation where id = :id for update")
			.param("id", id)
			.query(InvitationStore::invitationView)
			.optional();
	}

	/**
	 * An invitation as the code sent with it finds it, its row locked until the
	 * transaction ends.
	 */
	Optional<Open> lockByCode(String codeHash) {
		return jdbc.sql("select * from contacts.invitation where code_hash = :hash for update")
			.param("hash", codeHash)
			.query((rs, n) -> new Open(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
					rs.getString("email"), rs.getString("status"), instant(rs, "expires_at")))
			.optional();
	}

	/** What answering a code needs of its invitation. */
	record Open(UUID id, UUID inmateId, String email, String status, @Nullable Instant expiresAt) {
	}

	Invitation byId(UUID id) {
		return jdbc.sql("select * from contacts.invitation where id = :id")
			.param("id", id)
			.query(InvitationStore::invitationView)
			.single();
	}

	private static Invitation invitationView(ResultSet rs, int n) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
				new TenantId(rs.getObject("agency_id", UUID.class)), rs.getString("name"), rs.getString("email"),
				rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				instant(rs, "expires_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
