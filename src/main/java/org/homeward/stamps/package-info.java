/**
 * Stamps, what messages cost: bundles bought per agency with a saved card, balances per
 * agency (stamps are only good where they were bought, and never expire), spending and
 * refunding them for messages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stamps")
@org.jspecify.annotations.NullMarked
package org.homeward.stamps;
