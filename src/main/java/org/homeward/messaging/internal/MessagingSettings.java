package org.homeward.messaging.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param blobDirectory where the file-system blob store keeps photos
 * @param maxPhotoSize the largest photo file accepted
 * @param maxPhotoPixels the most pixels a photo may have (width × height): larger ones are refused before they are
 * decoded, so that a small file cannot unpack into gigabytes
 * @param thumbnailSize the longest side of a thumbnail, in pixels
 */
@ConfigurationProperties("homeward.messaging")
record MessagingSettings(@DefaultValue("data/blobs") Path blobDirectory, @DefaultValue("3MB") DataSize maxPhotoSize,
		@DefaultValue("40000000") long maxPhotoPixels, @DefaultValue("320") int thumbnailSize) {
}
