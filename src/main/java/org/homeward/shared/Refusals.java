package org.homeward.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text a page shows when a request is refused, in the reader's language where the
 * bundle has it: a business rule as {@code problem.<code>}, an invalid field as
 * {@code invalid.<rule>}, each with its arguments. Where the bundle has none, the English
 * message is shown exactly as written (never read as a message format, so its apostrophes
 * and braces stay).
 */
@Component
public class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The whole refusal in one text: the rule, or what is wrong with each invalid field,
	 * in order.
	 */
	public String text(RuntimeException refused, Locale locale) {
		if (refused instanceof InvalidInputException invalid) {
			return String.join(" ", invalid.errors().stream().map(error -> text(error, locale)).toList());
		}
		if (refused instanceof BusinessRuleException rule) {
			return translated(rule.messageKey(), rule.arguments(), String.valueOf(rule.getMessage()), locale);
		}
		if (refused instanceof ConflictException conflict && conflict.code() != null) {
			return translated("problem." + conflict.code(), List.of(), String.valueOf(refused.getMessage()), locale);
		}
		return String.valueOf(refused.getMessage());
	}

	/** What is wrong with each field, for showing next to it on a form. */
	public Map<String, List<String>> byField(InvalidInputException invalid, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		invalid.errors()
			.forEach(error -> byField.computeIfAbsent(error.field(), f -> new ArrayList<>()).add(text(error, locale)));
		return byField;
	}

	private String text(InvalidInputException.FieldError error, Locale locale) {
		return error.rule() == null ? error.message()
				: translated("invalid." + error.rule(), error.arguments(), error.message(), locale);
	}

	private String translated(String key, List<String> arguments, String english, Locale locale) {
		String text = messages.getMessage(key, arguments.toArray(), null, locale);
		return text != null ? text : english;
	}

}
