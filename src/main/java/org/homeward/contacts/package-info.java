/**
 * Contacts, who may write to whom: a family account and an inmate, started by the family
 * (OPEN and STAFF_APPROVED agencies) or by the inmate with an e-mailed identification
 * code (INMATE_INITIATED), approved by staff where the agency wants, capped per inmate,
 * blockable by either side.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
@org.jspecify.annotations.NullMarked
package org.homeward.contacts;
