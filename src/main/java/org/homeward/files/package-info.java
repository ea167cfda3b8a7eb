/**
 * Files: where the bytes of photos, recordings and other large content live (the local
 * file system by default, object storage in a larger installation), written once, read
 * whole or in ranges, each with its SHA-256.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
@org.jspecify.annotations.NullMarked
package org.homeward.files;
