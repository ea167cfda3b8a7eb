package org.homeward.messaging.internal;

import java.util.Optional;

/**
 * Where photos live: the local file system by default, object storage (S3-compatible) in
 * a larger installation. Blobs are written once and never changed.
 */
interface BlobStore {

	/** Stores the bytes under the key, durably, before returning. */
	void put(String key, byte[] bytes);

	Optional<byte[]> get(String key);

	void delete(String key);

}
