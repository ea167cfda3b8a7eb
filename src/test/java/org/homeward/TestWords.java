package org.homeward;

import java.util.concurrent.ThreadLocalRandom;

/** Words no other test writes, for tests that search text. */
public final class TestWords {

	private TestWords() {
	}

	/** The prefix followed by this many random lower-case letters. */
	public static String unique(String prefix, int letters) {
		StringBuilder word = new StringBuilder(prefix);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < letters; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

}
