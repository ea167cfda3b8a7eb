package org.homeward.shared;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * New ids for rows: time-ordered UUIDs (version 7), so that inserts land at the end of primary-key indexes
 * instead of all over them, which matters when millions of rows arrive at once.
 */
public final class Ids {

	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

	private Ids() {
	}

	public static UUID next() {
		return GENERATOR.generate();
	}

}
