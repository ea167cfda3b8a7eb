/**
 * The media store for tablets and kiosks: the catalogue operators ingest (music, video,
 * e-books, games, podcasts, with metadata read from the files), each agency's curation
 * and prices, purchases from the inmate's balance and gifts from families, and the
 * entitlements those give the person: they outlive devices, transfers, release and the
 * contract's end, and are downloaded through short-lived signed links.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
@org.jspecify.annotations.NullMarked
package org.homeward.media;
