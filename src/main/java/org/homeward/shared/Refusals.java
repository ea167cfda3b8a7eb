package org.homeward.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text a page shows when a request is refused: a business rule in the reader's language (where the bundle has
 * it), or what was wrong with each invalid field.
 */
@Component
public class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	public String text(RuntimeException refused, Locale locale) {
		if (refused instanceof InvalidInputException invalid) {
			return String.join(" ", invalid.errors().stream().map(InvalidInputException.FieldError::message).toList());
		}
		if (refused instanceof BusinessRuleException rule) {
			// the English message is never read as a message format: its apostrophes stay as they are
			String translated = messages.getMessage("problem." + rule.code(), rule.arguments().toArray(), null, locale);
			return translated != null ? translated : String.valueOf(rule.getMessage());
		}
		return String.valueOf(refused.getMessage());
	}

}
