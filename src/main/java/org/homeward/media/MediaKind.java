package org.homeward.media;

import java.util.Set;

/**
 * What an item of the catalogue is, and which files it may be made of (the types Apache
 * Tika detects in the file's own bytes, whatever its name says).
 */
public enum MediaKind {

	MUSIC(Set.of("audio/mpeg", "audio/mp4", "audio/aac", "audio/x-aac")),
	VIDEO(Set.of("video/mp4", "video/webm", "video/quicktime")),
	EBOOK(Set.of("application/epub+zip", "application/pdf")),
	/** A game or app: a ZIP package with a manifest ({@code homeward-app.json}). */
	GAME(Set.of("application/zip")), PODCAST(Set.of("audio/mpeg", "audio/mp4", "audio/aac", "audio/x-aac"));

	private final Set<String> contentTypes;

	MediaKind(Set<String> contentTypes) {
		this.contentTypes = contentTypes;
	}

	/** Whether a file of this detected type can be an item of this kind. */
	public boolean accepts(String contentType) {
		return contentTypes.contains(contentType);
	}

	public Set<String> contentTypes() {
		return contentTypes;
	}

}
