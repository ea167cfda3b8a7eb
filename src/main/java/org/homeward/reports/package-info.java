/**
 * The numbers of Homeward: daily rollups per agency and facility fed by the other
 * modules' events (never by reading their tables), the agency's reports with charts, the
 * monthly commission statement reconciled with the ledger, and every agency's prices on
 * one public page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
@org.jspecify.annotations.NullMarked
package org.homeward.reports;
