/**
 * The audit log: an append-only record of security events and staff actions (who, from
 * where, when, what), each entry chained to the one before by a SHA-256 hash so that an
 * edited or deleted entry is detectable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@org.jspecify.annotations.NullMarked
package org.homeward.audit;
