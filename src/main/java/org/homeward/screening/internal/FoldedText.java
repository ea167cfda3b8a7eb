package org.homeward.screening.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text folded for matching: lower case, accents removed, l33t digits and symbols read as
 * the letters they stand for, everything that is not a letter dropped (so "E.s.c a p 3"
 * reads "escape"); and, for each folded character, where it came from in the original, to
 * highlight a match in the message as written.
 */
record FoldedText(String text, int[] origin) {

	static FoldedText of(String original) {
		StringBuilder folded = new StringBuilder(original.length());
		int[] origin = new int[original.length()];
		for (int i = 0; i < original.length(); i++) {
			char letter = fold(original.charAt(i));
			if (letter != 0) {
				origin[folded.length()] = i;
				folded.append(letter);
			}
		}
		return new FoldedText(folded.toString(), Arrays.copyOf(origin, folded.length()));
	}

	/**
	 * The folded letters alone, without where they came from: what every message is
	 * scanned as.
	 */
	static String letters(String original) {
		StringBuilder folded = new StringBuilder(original.length());
		for (int i = 0; i < original.length(); i++) {
			char letter = fold(original.charAt(i));
			if (letter != 0) {
				folded.append(letter);
			}
		}
		return folded.toString();
	}

	/** The letter a character stands for, or 0 to drop it. */
	static char fold(char c) {
		if (c >= 'a' && c <= 'z') {
			return c;
		}
		if (c >= 'A' && c <= 'Z') {
			return (char) (c + ('a' - 'A'));
		}
		if (c == ' ' || c == '.' || c == ',' || c == '\n') {
			return 0;
		}
		char lower = Character.toLowerCase(c);
		switch (lower) {
			case '0':
				return 'o';
			case '1':
			case '!':
			case '|':
				return 'i';
			case '3':
				return 'e';
			case '4':
			case '@':
				return 'a';
			case '5':
			case '$':
				return 's';
			case '7':
			case '+':
				return 't';
			case '8':
				return 'b';
			default:
		}
		if (lower >= 'a' && lower <= 'z') {
			return lower;
		}
		if (Character.isLetter(lower)) {
			String bare = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			return bare.length() == 1 && bare.charAt(0) >= 'a' && bare.charAt(0) <= 'z' ? bare.charAt(0) : lower;
		}
		return 0;
	}

}
