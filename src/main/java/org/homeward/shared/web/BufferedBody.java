package org.homeward.shared.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * A request whose body was sent without its length (chunked) and has been read, within
 * its address's limit, by {@link RequestSizeLimits}: the body is answered from memory
 * with its length, and a form's parts (an upload from a client that streams its files)
 * are read from it.
 */
final class BufferedBody extends HttpServletRequestWrapper {

	private final byte[] body;

	private @Nullable List<Part> parts;

	BufferedBody(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/**
	 * Reads the body, or answers {@code null} when it is longer than {@code limit} bytes.
	 */
	static byte @Nullable [] read(InputStream in, long limit) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		return bytes.length > limit ? null : bytes;
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("the body is already read");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding();
		Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	@Override
	public Collection<Part> getParts() throws IOException, ServletException {
		if (parts == null) {
			parts = parse();
		}
		return parts;
	}

	@Override
	public @Nullable Part getPart(String name) throws IOException, ServletException {
		return getParts().stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
	}

	private List<Part> parse() throws ServletException {
		String type = getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			throw new ServletException("not a multipart/form-data request");
		}
		try {
			MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, type));
			List<Part> read = new ArrayList<>();
			for (int i = 0; i < multipart.getCount(); i++) {
				read.add(new FormPart(multipart.getBodyPart(i)));
			}
			return Collections.unmodifiableList(read);
		}
		catch (MessagingException | IOException ex) {
			throw new ServletException("the form's parts cannot be read", ex);
		}
	}

	/** One part of a form read from memory. */
	private static final class FormPart implements Part {

		private final String name;

		private final @Nullable String fileName;

		private final @Nullable String contentType;

		private final byte[] content;

		private final BodyPart part;

		FormPart(BodyPart part) throws MessagingException, IOException {
			this.part = part;
			String[] disposition = part.getHeader("Content-Disposition");
			ContentDisposition header = new ContentDisposition(disposition == null ? "form-data" : disposition[0]);
			this.name = header.getParameter("name") == null ? "" : header.getParameter("name");
			this.fileName = header.getParameter("filename");
			String[] types = part.getHeader("Content-Type");
			this.contentType = types == null ? null : types[0];
			try (InputStream in = part.getInputStream()) {
				this.content = in.readAllBytes();
			}
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(content);
		}

		@Override
		public @Nullable String getContentType() {
			return contentType;
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public @Nullable String getSubmittedFileName() {
			return fileName;
		}

		@Override
		public long getSize() {
			return content.length;
		}

		@Override
		public void write(String fileName) {
			throw new UnsupportedOperationException("a part read from memory is not written to disk");
		}

		@Override
		public void delete() {
		}

		@Override
		public @Nullable String getHeader(String name) {
			try {
				String[] values = part.getHeader(name);
				return values == null ? null : values[0];
			}
			catch (MessagingException ex) {
				return null;
			}
		}

		@Override
		public Collection<String> getHeaders(String name) {
			try {
				String[] values = part.getHeader(name);
				return values == null ? List.of() : List.of(values);
			}
			catch (MessagingException ex) {
				return List.of();
			}
		}

		@Override
		public Collection<String> getHeaderNames() {
			List<String> names = new ArrayList<>();
			try {
				part.getAllHeaders().asIterator().forEachRemaining(header -> names.add(header.getName()));
			}
			catch (MessagingException ex) {
				return List.of();
			}
			return names;
		}

	}

}
