package org.homeward.messaging.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks a photo by what it contains, never by its name: it must decode completely as
 * JPEG or PNG (TwelveMonkeys reads JPEGs the JDK cannot), within the size and pixel
 * limits, the pixel count read from the header before anything is decoded. What is kept
 * is the image re-encoded from its pixels, so nothing of the file's metadata (GPS
 * position, camera, comments) survives, and a thumbnail.
 */
@Component
class Photos {

	/** A photo that passed: its cleaned bytes and a JPEG thumbnail. */
	record CleanPhoto(String contentType, byte[] bytes, int width, int height, byte[] thumbnail) {
	}

	private static final String FIELD = "file";

	private final MessagingSettings settings;

	/**
	 * The decodes running at once: a burst of large photos waits its turn rather than
	 * filling the heap.
	 */
	private final Semaphore decoders;

	Photos(MessagingSettings settings) {
		this.settings = settings;
		this.decoders = new Semaphore(Math.max(1, settings.photoDecoders()), true);
	}

	private static InvalidInputException refused(String rule, String message, String... arguments) {
		return new InvalidInputException(InvalidInputException.FieldError.of(FIELD, rule, message, arguments));
	}

	/**
	 * @throws InvalidInputException naming why the file is refused: empty, too large, not
	 * a JPEG or PNG, too many pixels, damaged or incomplete
	 */
	CleanPhoto check(byte[] file) {
		boolean turn;
		try {
			turn = decoders.tryAcquire(settings.photoDecodeWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			turn = false;
		}
		if (!turn) {
			throw new Busy();
		}
		try {
			return checkNow(file);
		}
		finally {
			decoders.release();
		}
	}

	/**
	 * Too many photos are being checked at once on this Homeward: the upload is to be
	 * tried again shortly.
	 */
	static final class Busy extends BusinessRuleException {

		Busy() {
			super("photos-busy", "Many photos are being checked right now; please send this one again in a moment.");
		}

	}

	private CleanPhoto checkNow(byte[] file) {
		if (file.length == 0) {
			throw refused("photo-empty", "is empty");
		}
		if (file.length > settings.maxPhotoSize().toBytes()) {
			throw refused("photo-too-large", "is larger than " + settings.maxPhotoSize().toMegabytes() + " MB",
					String.valueOf(settings.maxPhotoSize().toMegabytes()));
		}
		BufferedImage image;
		String format;
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw refused("photo-type", "is not a photo: only JPEG and PNG photos are accepted");
			}
			ImageReader reader = readers.next();
			try {
				format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!format.equals("jpeg") && !format.equals("jpg") && !format.equals("png")) {
					throw refused("photo-format",
							"is a " + format.toUpperCase(Locale.ROOT) + " image: only JPEG and PNG photos are accepted",
							format.toUpperCase(Locale.ROOT));
				}
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > settings.maxPhotoPixels()) {
					throw refused("photo-pixels",
							"has too many pixels (" + reader.getWidth(0) + " × " + reader.getHeight(0) + "); at most "
									+ settings.maxPhotoPixels() / 1_000_000 + " million are accepted",
							reader.getWidth(0) + " × " + reader.getHeight(0),
							String.valueOf(settings.maxPhotoPixels() / 1_000_000));
				}
				List<String> warnings = new ArrayList<>();
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				// a letter needs no more than maxPhotoSide pixels: a larger photo is
				// decoded already shrunk
				int step = (Math.max(reader.getWidth(0), reader.getHeight(0)) + settings.maxPhotoSide() - 1)
						/ settings.maxPhotoSide();
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(Math.max(1, step), Math.max(1, step), 0, 0);
				image = reader.read(0, param);
				if (!warnings.isEmpty()) {
					throw refused("photo-damaged", "is damaged or incomplete");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw refused("photo-damaged", "is damaged or incomplete and cannot be read as a photo");
		}
		boolean png = format.equals("png");
		byte[] clean = png ? encode(image, "png") : jpeg(rgb(image), 0.92f);
		// cleaned, a photo may come out larger than it came in (a PNG especially): then
		// it is kept smaller, as a JPEG
		while (clean.length > settings.maxPhotoSize().toBytes()) {
			png = false;
			image = scaled(image, 0.8);
			clean = jpeg(rgb(image), 0.9f);
		}
		return new CleanPhoto(png ? "image/png" : "image/jpeg", clean, image.getWidth(), image.getHeight(),
				jpeg(thumbnail(image), 0.85f));
	}

	private BufferedImage thumbnail(BufferedImage image) {
		int longest = Math.max(image.getWidth(), image.getHeight());
		return scaled(image, Math.min(1.0, (double) settings.thumbnailSize() / longest));
	}

	/** The image at {@code scale}, on white (transparency prints and shows as paper). */
	static BufferedImage scaled(BufferedImage image, double scale) {
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return small;
	}

	/** JPEG has no alpha channel: transparent pixels become white. */
	private static BufferedImage rgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
