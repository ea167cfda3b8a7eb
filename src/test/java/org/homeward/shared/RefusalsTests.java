package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A refusal reads in the page's language where the bundle has it, and otherwise exactly
 * as it was written.
 */
class RefusalsTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final Refusals refusals = new Refusals(bundle());

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static BusinessRuleException pending() {
		return new BusinessRuleException("contact-pending",
				"Your contact with Ana Ruiz is waiting for the facility's approval.", List.of("Ana Ruiz"), Map.of());
	}

	@Test
	void aRuleReadsInSpanishWithItsArguments() {
		assertThat(refusals.text(pending(), SPANISH))
			.isEqualTo("Su contacto con Ana Ruiz espera la aprobación del centro.");
	}

	@Test
	void inEnglishTheMessageIsShownAsWrittenApostrophesAndAll() {
		assertThat(refusals.text(pending(), Locale.ENGLISH))
			.isEqualTo("Your contact with Ana Ruiz is waiting for the facility's approval.");
	}

	@Test
	void aRuleTheBundleDoesNotKnowIsShownInEnglish() {
		BusinessRuleException unknown = new BusinessRuleException("some-new-rule", "Nobody's translated this {yet}.");
		assertThat(refusals.text(unknown, SPANISH)).isEqualTo("Nobody's translated this {yet}.");
	}

	@Test
	void aFieldThatBreaksATranslatedRuleReadsInSpanishNextToItsField() {
		InvalidInputException invalid = new InvalidInputException("Invalid.", List.of(
				InvalidInputException.FieldError.of("firstName", "too-long", "must be at most 100 characters", "100"),
				new InvalidInputException.FieldError("firstName", "is not a name we can print")));
		assertThat(refusals.byField(invalid, SPANISH)).containsExactly(Map.entry("firstName",
				List.of("puede tener como máximo 100 caracteres", "is not a name we can print")));
	}

	@Test
	void invalidFieldsAreListedInOrder() {
		InvalidInputException invalid = new InvalidInputException("Invalid.",
				List.of(new InvalidInputException.FieldError("amount", "must be more than zero."),
						new InvalidInputException.FieldError("card", "is not one of your saved cards.")));
		assertThat(refusals.text(invalid, Locale.ENGLISH))
			.isEqualTo("must be more than zero. is not one of your saved cards.");
	}

	@Test
	void aRuleWithSeveralWordingsReadsInTheOneItWasRefusedWith() {
		BusinessRuleException ended = new BusinessRuleException("service-not-available", "messages-ended",
				"Messages cannot be sent to North Unit: the service ended on 2026-12-31. Your messages stay readable and can be exported.",
				List.of("North Unit", "2026-12-31"), Map.of());
		BusinessRuleException now = new BusinessRuleException("service-not-available", "messages",
				"Messages cannot be sent to North Unit now.", List.of("North Unit"), Map.of());
		assertThat(ended.code()).isEqualTo(now.code()).isEqualTo("service-not-available");
		assertThat(refusals.text(ended, SPANISH)).isEqualTo(
				"No se pueden enviar mensajes a North Unit: el servicio terminó el 2026-12-31. Sus mensajes se pueden seguir leyendo y exportar.");
		assertThat(refusals.text(now, SPANISH)).isEqualTo("No se pueden enviar mensajes a North Unit ahora.");
		assertThat(refusals.text(now, Locale.ENGLISH)).isEqualTo("Messages cannot be sent to North Unit now.");
	}

}
