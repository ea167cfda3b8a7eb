package org.homeward.notifications.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.homeward.notifications.Email;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a mail's subject, text and HTML bodies in the reader's language. */
@Component
class MailRenderer {

	/** A rendered mail. */
	record Rendered(String subject, String text, String html) {
	}

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final NotificationsSettings settings;

	MailRenderer(MessageSource messages, NotificationsSettings settings) {
		this.messages = messages;
		this.settings = settings;
		engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
		engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		resolver.setCheckExistence(true);
		return resolver;
	}

	Rendered render(Email email) {
		Map<String, Object> model = new HashMap<>(email.model());
		model.put("baseUrl", settings.publicUrl());
		Context context = new Context(email.locale(), model);
		String subject = messages.getMessage("mail." + email.template() + ".subject", null, email.locale());
		return new Rendered(subject, engine.process(email.template() + ".txt", context),
				engine.process(email.template() + ".html", context));
	}

}
