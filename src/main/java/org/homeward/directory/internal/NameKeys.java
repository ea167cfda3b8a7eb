package org.homeward.directory.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search form of a name: lower case, accents and punctuation removed, so that "Peña",
 * "PENA" and "pena" find the same person and "O'Brien" is found by "obrien".
 */
final class NameKeys {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N} ]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private NameKeys() {
	}

	static String key(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("");
		String letters = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
		return SPACES.matcher(letters).replaceAll(" ").trim();
	}

	/** The words of a search query, each in key form, empty words dropped. */
	static List<String> words(String query) {
		return Arrays.stream(SPACES.split(query.replace(',', ' ')))
			.map(NameKeys::key)
			.filter(word -> !word.isEmpty())
			.toList();
	}

}
