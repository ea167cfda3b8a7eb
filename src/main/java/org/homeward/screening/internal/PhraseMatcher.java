package org.homeward.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * An agency's phrases compiled once into an Aho-Corasick automaton over folded text: a message is scanned in time
 * linear in its length, however many phrases the agency lists.
 */
final class PhraseMatcher {

	/** A phrase found in a message, with where it stands in the message as written (end exclusive). */
	record Match(String phrase, String category, int start, int end) {
	}

	private final Trie trie;

	private final Map<String, Phrase> byFolded;

	record Phrase(String phrase, String category) {
	}

	PhraseMatcher(List<Phrase> phrases) {
		Trie.TrieBuilder builder = Trie.builder();
		this.byFolded = new HashMap<>();
		for (Phrase phrase : phrases) {
			String folded = FoldedText.of(phrase.phrase()).text();
			if (!folded.isEmpty()) {
				builder.addKeyword(folded);
				byFolded.putIfAbsent(folded, phrase);
			}
		}
		this.trie = builder.build();
	}

	List<Match> scan(String message) {
		java.util.Collection<Emit> emits = trie.parseText(FoldedText.letters(message));
		if (emits.isEmpty()) {
			return List.of();
		}
		// only a message with a match needs to know where each folded letter came from
		FoldedText folded = FoldedText.of(message);
		List<Match> matches = new ArrayList<>();
		for (Emit emit : emits) {
			Phrase phrase = byFolded.get(emit.getKeyword());
			matches.add(new Match(phrase.phrase(), phrase.category(), folded.origin()[emit.getStart()],
					folded.origin()[emit.getEnd()] + 1));
		}
		return matches;
	}

}
