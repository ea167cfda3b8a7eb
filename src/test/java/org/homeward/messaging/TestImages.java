package org.homeward.messaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Images for tests, friendly and hostile, made on the spot. */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] png(int width, int height) throws IOException {
		return write(picture(width, height), "png");
	}

	public static byte[] jpeg(int width, int height) throws IOException {
		return write(picture(width, height), "jpeg");
	}

	public static byte[] gif() throws IOException {
		return write(picture(16, 16), "gif");
	}

	/**
	 * A JPEG carrying an Exif block and a comment naming a GPS position, as phone photos
	 * do: what Homeward must not keep.
	 */
	public static byte[] jpegWithGps(int width, int height) throws IOException {
		byte[] plain = jpeg(width, height);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
				new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0 });
		segment(out, 0xE1, exif);
		segment(out, 0xFE, "GPSLatitude 25.7617 N GPSLongitude 80.1918 W".getBytes(StandardCharsets.ISO_8859_1));
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/**
	 * A PNG of a few hundred bytes that claims 50,000 × 50,000 pixels: decoded, it would
	 * take gigabytes.
	 */
	public static byte[] decompressionBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(header);
		data.writeInt(50_000);
		data.writeInt(50_000);
		data.write(new byte[] { 1, 0, 0, 0, 0 });
		chunk(out, "IHDR", header.toByteArray());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[10_000]);
		deflater.finish();
		byte[] compressed = new byte[1024];
		int length = deflater.deflate(compressed);
		chunk(out, "IDAT", Arrays.copyOf(compressed, length));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * A JPEG of noise (nothing compresses it) at the given quality: small at a low one,
	 * large written again at a high one.
	 */
	public static byte[] noisyJpeg(int width, int height, float quality) throws IOException {
		Random random = new Random(7);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(40, 120, 200));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	private static byte[] write(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, format, out)) {
			throw new IllegalStateException("no writer for " + format);
		}
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
		out.write(0xFF);
		out.write(marker);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(payload);
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] payload) throws IOException {
		DataOutputStream data = new DataOutputStream(out);
		data.writeInt(payload.length);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		data.write(typeBytes);
		data.write(payload);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(payload);
		data.writeInt((int) crc.getValue());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
