package org.homeward.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * Text Homeward can store: no NUL character (PostgreSQL's text cannot hold one) and no
 * half of a UTF-16 surrogate pair without its other half (it has no UTF-8 form). Every
 * field of every request is held to this at the edge, in {@link StorableTextJson} for
 * JSON bodies and {@link StorableTextFilter} for form fields and query parameters.
 */
final class StorableText {

	/** What a field that breaks the rule is told. */
	static final String MESSAGE = "contains a character that cannot be stored (a NUL character or a broken one)";

	private StorableText() {
	}

	static boolean storable(@Nullable String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
