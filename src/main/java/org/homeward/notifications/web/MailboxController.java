package org.homeward.notifications.web;

import java.util.UUID;

import org.homeward.notifications.internal.LocalMailbox;
import org.homeward.shared.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The demo run's mailbox page: every mail Homeward sent, to follow links without a mail
 * server.
 */
@Controller
@ConditionalOnBean(LocalMailbox.class)
class MailboxController {

	private final LocalMailbox mailbox;

	MailboxController(LocalMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/mailbox")
	String list(Model model) {
		model.addAttribute("mails", mailbox.newestFirst(100));
		return "notifications/mailbox";
	}

	@GetMapping("/mailbox/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("mail", mailbox.byId(id).orElseThrow(() -> new NotFoundException("mail")));
		return "notifications/mail";
	}

}
