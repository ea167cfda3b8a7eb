package org.homeward.courses.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.courses.internal.CourseSharing;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A family sees the courses and certificates of the loved ones who chose to share them: a
 * page, and the same over the API.
 */
@Controller
class FamilyCourseController {

	/** A loved one and what they share. */
	record LovedOne(InmateView inmate, CourseSharing.Shown shown) {
	}

	private final CourseSharing sharing;

	private final Contacts contacts;

	private final Directory directory;

	FamilyCourseController(CourseSharing sharing, Contacts contacts, Directory directory) {
		this.sharing = sharing;
		this.contacts = contacts;
		this.directory = directory;
	}

	@GetMapping("/courses")
	String page(Caller caller, Model model) {
		UUID account = caller.family();
		List<LovedOne> lovedOnes = new ArrayList<>();
		for (ContactView contact : contacts.ofAccount(account)) {
			if (contact.active()) {
				directory.inmate(contact.inmateId())
					.ifPresent(inmate -> lovedOnes.add(new LovedOne(inmate, sharing.forFamily(account, inmate.id()))));
			}
		}
		model.addAttribute("lovedOnes", lovedOnes);
		return "courses/family";
	}

}
