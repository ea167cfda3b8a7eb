/**
 * What every module speaks: money, tenant and user identities, the signed-in caller, and
 * the errors that become problem details at the edge. Kept deliberately small.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
@org.jspecify.annotations.NullMarked
package org.homeward.shared;
