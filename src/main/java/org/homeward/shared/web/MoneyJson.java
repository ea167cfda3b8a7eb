package org.homeward.shared.web;

import java.util.regex.Pattern;

import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.JacksonComponent;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Money in the API is {@code {"amount": "25.00", "currency": "USD"}}: a decimal string,
 * never a float.
 */
@JacksonComponent
class MoneyJson {

	static class Serializer extends ValueSerializer<Money> {

		@Override
		public void serialize(Money money, JsonGenerator json, SerializationContext context) {
			json.writeStartObject();
			json.writeStringProperty("amount", money.toDecimalString());
			json.writeStringProperty("currency", money.currency().getCurrencyCode());
			json.writeEndObject();
		}

	}

	/**
	 * Reads money as a client must write it: the amount a decimal string of dollars and
	 * cents (at most 9,999,999.99), the currency {@code USD} (the one Homeward takes; the
	 * default when left out). Anything else is refused with a message naming the rule,
	 * and the field is named by the API's problem answer.
	 */
	static class Deserializer extends ValueDeserializer<Money> {

		static final String FORM = "must be money as {\"amount\": \"25.00\", \"currency\": \"USD\"}";

		private static final Pattern AMOUNT = Pattern.compile(Money.AMOUNT_FORMAT);

		@Override
		public Money deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			JsonNode amount = node == null ? null : node.get("amount");
			JsonNode currency = node == null ? null : node.get("currency");
			if (amount == null || !amount.isString()) {
				throw refused(parser, node, FORM);
			}
			if (currency != null && !(currency.isString() && Money.USD.getCurrencyCode().equals(currency.asString()))) {
				throw refused(parser, node, "must be in USD");
			}
			if (!AMOUNT.matcher(amount.asString()).matches()) {
				throw refused(parser, node, "must be an amount in dollars and cents, such as 25.00");
			}
			return Money.of(amount.asString(), Money.USD);
		}

		private static InvalidFormatException refused(JsonParser parser, @Nullable JsonNode node, String message) {
			return InvalidFormatException.from(parser, message, node, Money.class);
		}

	}

}
