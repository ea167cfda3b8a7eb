/**
 * Each agency's contract, as data: which services are on (per facility), the contact and
 * screening policies, the message rules, the price book, and where the contract is in its
 * life (active, winding down, ended).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contracts")
@org.jspecify.annotations.NullMarked
package org.homeward.contracts;
