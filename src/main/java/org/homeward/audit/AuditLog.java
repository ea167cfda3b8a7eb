package org.homeward.audit;

import java.util.List;
import java.util.UUID;

import org.homeward.shared.TenantId;

/** Appends to and reads the audit log. Entries are never changed or removed. */
public interface AuditLog {

	/**
	 * Appends an entry in the current transaction (so it is kept exactly when the action
	 * is).
	 */
	void record(AuditEntry entry);

	/** The newest entries about one agency, newest first. */
	List<AuditRecord> newestOf(TenantId agency, int limit);

	/** The newest entries by one actor, newest first. */
	List<AuditRecord> newestBy(UUID actor, int limit);

	/** The entries matching the search, newest first, at most its limit. */
	List<AuditRecord> search(AuditSearch search);

	/** How many entries the log holds (all agencies). */
	long size();

	/**
	 * Recomputes the hash chain from the first entry.
	 * @return the sequence of the first entry whose hash does not match, or -1 if the
	 * whole chain holds
	 */
	long firstBrokenLink();

}
