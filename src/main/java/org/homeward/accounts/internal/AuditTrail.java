package org.homeward.accounts.internal;

import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The security events of accounts, written to the audit log. */
@Component
class AuditTrail {

	private final AuditLog log;

	AuditTrail(AuditLog log) {
		this.log = log;
	}

	void record(@Nullable UUID actor, String label, @Nullable TenantId agency, String action, @Nullable String subject,
			@Nullable String detail) {
		log.record(new AuditEntry(actor, label.length() > 254 ? label.substring(0, 254) : label, agency, action,
				subject, detail, null));
	}

}
