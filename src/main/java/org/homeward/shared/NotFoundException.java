package org.homeward.shared;

/**
 * The record does not exist, or it is not the caller's to see: both answer 404, so that
 * nobody learns that another tenant's record exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
