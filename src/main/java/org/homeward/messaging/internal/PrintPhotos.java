package org.homeward.messaging.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Photos as a printed page needs them: at most {@link #LONG_SIDE} pixels on the long side
 * (about 200 dpi across a letter page's 15 cm), decoded already shrunk (subsampled) so a
 * large photo never takes its full size in memory, and written as a JPEG data URI for the
 * PDF's HTML.
 */
final class PrintPhotos {

	static final int LONG_SIDE = 1200;

	private PrintPhotos() {
	}

	/**
	 * The photo ready for a PDF page; empty when it cannot be read (it was checked on
	 * upload, so only if damaged since).
	 */
	static Optional<String> dataUri(byte[] photo) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
			if (in == null) {
				return Optional.empty();
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				int step = Math.max(1, Math.max(width, height) / (2 * LONG_SIDE));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage read = reader.read(0, param);
				return Optional.of("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg(shrunk(read))));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * At most {@link #LONG_SIDE} on the long side, on white (a PNG's transparency prints
	 * as paper).
	 */
	private static BufferedImage shrunk(BufferedImage image) {
		return Photos.scaled(image, Math.min(1.0, (double) LONG_SIDE / Math.max(image.getWidth(), image.getHeight())));
	}

	private static byte[] jpeg(BufferedImage image) {
		return Photos.jpeg(image, 0.82f);
	}

}
