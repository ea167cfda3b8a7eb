package org.homeward.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * An agency's phrases compiled once into an Aho-Corasick automaton (a double-array trie)
 * over folded text: a message is scanned in time linear in its length, however many
 * phrases the agency lists.
 */
final class PhraseMatcher {

	/**
	 * A phrase found in a message, with where it stands in the message as written (end
	 * exclusive).
	 */
	record Match(String phrase, String category, int start, int end) {
	}

	record Phrase(String phrase, String category) {
	}

	private final AhoCorasickDoubleArrayTrie<Phrase> automaton;

	private final boolean empty;

	PhraseMatcher(List<Phrase> phrases) {
		Map<String, Phrase> byFolded = new TreeMap<>();
		for (Phrase phrase : phrases) {
			String folded = FoldedText.of(phrase.phrase()).text();
			if (!folded.isEmpty()) {
				byFolded.putIfAbsent(folded, phrase);
			}
		}
		this.automaton = new AhoCorasickDoubleArrayTrie<>();
		this.empty = byFolded.isEmpty();
		if (!empty) {
			automaton.build(byFolded);
		}
	}

	List<Match> scan(String message) {
		if (empty) {
			return List.of();
		}
		List<AhoCorasickDoubleArrayTrie.Hit<Phrase>> hits = automaton.parseText(FoldedText.letters(message));
		if (hits.isEmpty()) {
			return List.of();
		}
		// only a message with a match needs to know where each folded letter came from
		FoldedText folded = FoldedText.of(message);
		List<Match> matches = new ArrayList<>();
		for (AhoCorasickDoubleArrayTrie.Hit<Phrase> hit : hits) {
			matches.add(new Match(hit.value.phrase(), hit.value.category(), folded.origin()[hit.begin],
					folded.origin()[hit.end - 1] + 1));
		}
		return matches;
	}

}
