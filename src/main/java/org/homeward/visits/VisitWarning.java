package org.homeward.visits;

/**
 * The warnings a visitation officer watching a visit can send to both sides at once, each
 * shown on both pages in the reader's language (the message {@code call.warn.<name>}).
 */
public enum VisitWarning {

	/** The conversation must stay appropriate. */
	CONDUCT,

	/** Only the approved visitor may take part. */
	THIRD_PERSON,

	/** Faces must stay in view of the camera. */
	CAMERA,

	/** The dress code applies to visitors on camera too. */
	CLOTHING

}
