/**
 * The directory families search to find their loved one: agencies, facilities, housing
 * units and inmates, kept current from each agency's roster.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
@org.jspecify.annotations.NullMarked
package org.homeward.directory;
