/**
 * Paying by card: saved payment methods (only the gateway's token, brand, last four
 * digits, expiry and billing address are kept), charges and refunds through a
 * payment-gateway port, with a built-in sandbox gateway.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
@org.jspecify.annotations.NullMarked
package org.homeward.payments;
