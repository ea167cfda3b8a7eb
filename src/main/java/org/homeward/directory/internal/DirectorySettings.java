package org.homeward.directory.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rosterBatchSize roster rows sent to the database at a time
 * @param rosterErrorsKept bad rows whose reasons are kept per import (the count is always
 * exact)
 */
@ConfigurationProperties("homeward.directory")
record DirectorySettings(int rosterBatchSize, int rosterErrorsKept) {
}
