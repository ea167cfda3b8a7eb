package org.homeward.messaging.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxPhotoSize the largest photo file accepted
 * @param maxPhotoPixels the most pixels a photo may have (width × height): larger ones
 * are refused before they are decoded, so that a small file cannot unpack into gigabytes
 * @param thumbnailSize the longest side of a thumbnail, in pixels
 * @param maxPhotoSide the longest side a photo is kept at: a larger one is decoded
 * already shrunk (subsampled)
 * @param photoDecoders how many photos are decoded at once on one Homeward (each takes
 * tens of megabytes)
 * @param photoDecodeWait how long an upload waits for its turn before it is told to try
 * again
 * @param maxUnsentPhotos the most photos an account may hold that are in no sent message
 * @param uploadsPerHour the most photos an account may upload in an hour
 */
@ConfigurationProperties("homeward.messaging")
record MessagingSettings(@DefaultValue("3MB") DataSize maxPhotoSize, @DefaultValue("24000000") long maxPhotoPixels,
		@DefaultValue("320") int thumbnailSize, @DefaultValue("2400") int maxPhotoSide,
		@DefaultValue("2") int photoDecoders, @DefaultValue("10s") Duration photoDecodeWait,
		@DefaultValue("50") int maxUnsentPhotos, @DefaultValue("120") int uploadsPerHour) {
}
