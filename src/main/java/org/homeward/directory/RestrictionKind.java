package org.homeward.directory;

/** A privilege staff can suspend for one inmate. */
public enum RestrictionKind {

	NO_MESSAGING, NO_PHOTOS, NO_DEPOSITS, NO_VIDEO_VISITS, NO_MEDIA

}
