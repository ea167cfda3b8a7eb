package org.homeward.contracts;

/**
 * How long messages may be and whether they may carry photos.
 *
 * @param charsPerPage characters that one stamp's page holds
 * @param maxChars the longest message
 */
public record MessageRules(int charsPerPage, int maxChars, boolean photosAllowed, int maxPhotos) {
}
