package org.homeward.shared.web;

import java.util.Currency;

import org.homeward.shared.Money;
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
 * Money in the API is {@code {"amount": "25.00", "currency": "USD"}}: a decimal string, never a float.
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

	static class Deserializer extends ValueDeserializer<Money> {

		@Override
		public Money deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			JsonNode amount = node.get("amount");
			JsonNode currency = node.get("currency");
			try {
				return Money.of(amount.asString(), Currency.getInstance(currency == null ? "USD" : currency.asString()));
			}
			catch (RuntimeException ex) {
				throw InvalidFormatException.from(parser, "money must be {\"amount\": \"25.00\", \"currency\": \"USD\"}",
						node, Money.class);
			}
		}

	}

}
