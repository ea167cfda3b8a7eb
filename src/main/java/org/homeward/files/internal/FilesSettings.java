package org.homeward.files.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where the file-system blob store keeps its files
 */
@ConfigurationProperties("homeward.files")
record FilesSettings(@DefaultValue("data/blobs") Path directory) {
}
