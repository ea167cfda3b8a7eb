package org.homeward.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The matcher sees through the usual disguises, reports every phrase that overlaps, and
 * points at the words as written.
 */
class PhraseMatcherTests {

	private static final PhraseMatcher MATCHER = new PhraseMatcher(List.of(new PhraseMatcher.Phrase("escape", "ESCAPE"),
			new PhraseMatcher.Phrase("ladder over the fence", "ESCAPE"), new PhraseMatcher.Phrase("cape", "GANG"),
			new PhraseMatcher.Phrase("Fentanyl", "DRUGS")));

	@Test
	void caseAccentsSpacingDotsAndLeetDigitsDoNotHideAWord() {
		for (String disguised : List.of("ESCAPE", "Éscâpe", "e s c a p e", "e.s.c.a.p.e", "3sc4p3", "e$c@pe",
				"E-S-C-A-P-E")) {
			assertThat(phrases("we will " + disguised + " tonight")).as(disguised).contains("escape");
		}
		assertThat(phrases("the l4dder   OVER the f3nce")).contains("ladder over the fence");
		assertThat(phrases("FENTANYL")).containsExactly("Fentanyl");
		assertThat(phrases("Happy birthday, see you at the visit.")).isEmpty();
	}

	@Test
	void overlappingPhrasesAreAllReportedWhereTheyStandInTheMessage() {
		String message = "Plan: e.s.c.a.p.e!";
		List<PhraseMatcher.Match> matches = MATCHER.scan(message);
		assertThat(matches).extracting(PhraseMatcher.Match::phrase).containsExactlyInAnyOrder("escape", "cape");
		PhraseMatcher.Match escape = matches.stream()
			.filter(m -> m.phrase().equals("escape"))
			.findFirst()
			.orElseThrow();
		assertThat(message.substring(escape.start(), escape.end())).isEqualTo("e.s.c.a.p.e");
	}

	@Test
	void tenThousandPhrasesAreMatchedLikeFour() {
		List<PhraseMatcher.Phrase> phrases = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			phrases.add(new PhraseMatcher.Phrase("code word " + Integer.toString(i * 7919 + 100_000, 36), "LIST"));
		}
		phrases.add(new PhraseMatcher.Phrase("escape", "ESCAPE"));
		PhraseMatcher big = new PhraseMatcher(phrases);
		String word = Integer.toString(4_242 * 7919 + 100_000, 36);
		assertThat(big.scan("nothing to see here").stream().map(PhraseMatcher.Match::phrase)).isEmpty();
		assertThat(big.scan("say the CODE-WORD " + word + " and then escape").stream().map(PhraseMatcher.Match::phrase))
			.contains("code word " + word, "escape");
	}

	private static List<String> phrases(String message) {
		return MATCHER.scan(message).stream().map(PhraseMatcher.Match::phrase).toList();
	}

}
