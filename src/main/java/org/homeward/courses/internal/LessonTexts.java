package org.homeward.courses.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.homeward.files.BlobStore;
import org.homeward.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * A lesson's content from the blob store: a text lesson as its paragraphs (a blank line
 * between two; a line starting with {@code #} is a heading and keeps it), or the file as
 * it was imported.
 */
@Component
public class LessonTexts {

	private final BlobStore blobs;

	LessonTexts(BlobStore blobs) {
		this.blobs = blobs;
	}

	/** The text's paragraphs; none for a PDF lesson. */
	public List<String> paragraphs(CourseCatalogue.Lesson lesson) {
		if (lesson.kind() != CoursePackage.LessonKind.TEXT) {
			return List.of();
		}
		String text = new String(blobs.get(lesson.fileKey()).orElseThrow(() -> new NotFoundException("lesson")),
				StandardCharsets.UTF_8);
		List<String> paragraphs = new ArrayList<>();
		for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			String paragraph = block.strip().replaceAll("\\s*\n\\s*", " ");
			if (!paragraph.isEmpty()) {
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	public Resource file(CourseCatalogue.Lesson lesson) {
		return blobs.open(lesson.fileKey()).orElseThrow(() -> new NotFoundException("lesson"));
	}

}
