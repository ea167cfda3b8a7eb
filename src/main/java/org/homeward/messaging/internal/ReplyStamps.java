package org.homeward.messaging.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Prepaid reply stamps: a family may pay for the inmate's reply when writing; the stamp
 * travels with the delivered message, pays the first page of the inmate's reply to that
 * family, and comes back if that reply is rejected.
 */
@Repository
public class ReplyStamps {

	private final JdbcClient jdbc;

	ReplyStamps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the oldest unused prepaid reply stamp that the account sent the inmate with a
	 * delivered message.
	 * @return the message it came with, if there was one
	 */
	Optional<UUID> take(UUID inmate, UUID account) {
		List<UUID> candidates = jdbc
			.sql("""
					select id from messaging.message
					 where inmate_id = :inmate and account_id = :account and direction = 'TO_INMATE' and reply_stamp = 'AVAILABLE'
					   and status in ('DELIVERED', 'READ', 'QUEUED_FOR_PRINT', 'PRINTED')
					 order by sent_at limit 3""")
			.param("inmate", inmate)
			.param("account", account)
			.query(UUID.class)
			.list();
		for (UUID candidate : candidates) {
			if (jdbc
				.sql("update messaging.message set reply_stamp = 'USED' where id = :id and reply_stamp = 'AVAILABLE'")
				.param("id", candidate)
				.update() == 1) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** Records that the reply was paid by the stamp that came with the original. */
	void paid(UUID reply, UUID original) {
		jdbc.sql("update messaging.message set paid_by_reply_of = :original where id = :id")
			.param("original", original)
			.param("id", reply)
			.update();
	}

	/** How many prepaid reply stamps the inmate holds from this account. */
	public int from(UUID inmate, UUID account) {
		return jdbc
			.sql("""
					select count(*) from messaging.message
					 where inmate_id = :inmate and account_id = :account and direction = 'TO_INMATE' and reply_stamp = 'AVAILABLE'
					   and status in ('DELIVERED', 'READ', 'QUEUED_FOR_PRINT', 'PRINTED')""")
			.param("inmate", inmate)
			.param("account", account)
			.query(Integer.class)
			.single();
	}

	/** The stamp that paid a rejected reply can be used again. */
	void giveBack(UUID original) {
		jdbc.sql("update messaging.message set reply_stamp = 'AVAILABLE' where id = :id and reply_stamp = 'USED'")
			.param("id", original)
			.update();
	}

}
