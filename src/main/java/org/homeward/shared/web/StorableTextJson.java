package org.homeward.shared.web;

import org.springframework.boot.jackson.JacksonComponent;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every string of a JSON request, read as Jackson reads it and then refused, naming its
 * field, when it holds a NUL character or a broken surrogate ({@link StorableText}).
 */
@JacksonComponent(type = String.class)
class StorableTextJson extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		String text = super.deserialize(parser, context);
		if (!StorableText.storable(text)) {
			throw InvalidFormatException.from(parser, StorableText.MESSAGE, text, String.class);
		}
		return text;
	}

}
