package org.homeward.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The screening matcher as the benchmark drives it, with a list of generated phrases. */
public final class ScreeningBench {

	private final PhraseMatcher matcher;

	private ScreeningBench(PhraseMatcher matcher) {
		this.matcher = matcher;
	}

	/**
	 * A matcher with {@code count} phrases of one to three made-up words, and "escape".
	 */
	public static ScreeningBench withPhrases(int count, Random random) {
		List<PhraseMatcher.Phrase> phrases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder phrase = new StringBuilder();
			for (int w = 0; w <= random.nextInt(3); w++) {
				phrase.append(w == 0 ? "" : " ");
				for (int c = 0; c < 4 + random.nextInt(5); c++) {
					phrase.append((char) ('a' + random.nextInt(26)));
				}
			}
			phrases.add(new PhraseMatcher.Phrase(phrase.toString(), "LIST"));
		}
		phrases.add(new PhraseMatcher.Phrase("escape", "ESCAPE"));
		return new ScreeningBench(new PhraseMatcher(phrases));
	}

	/** Scans a message; returns how many phrases it matched. */
	public int scan(String message) {
		return matcher.scan(message).size();
	}

}
