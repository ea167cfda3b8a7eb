package org.homeward.shared;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * New ids for rows: time-ordered UUIDs (version 7), so that inserts land at the end of
 * primary-key indexes instead of all over them, which matters when millions of rows
 * arrive at once. Each thread has its own generator and its own random source (a DRBG
 * instance, unpredictable as ids shown in addresses should be): one shared generator is a
 * lock that every insert of every request queues on.
 */
public final class Ids {

	private static final ThreadLocal<TimeBasedEpochGenerator> GENERATOR = ThreadLocal
		.withInitial(() -> Generators.timeBasedEpochGenerator(randomSource()));

	private Ids() {
	}

	public static UUID next() {
		return GENERATOR.get().generate();
	}

	private static SecureRandom randomSource() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

}
