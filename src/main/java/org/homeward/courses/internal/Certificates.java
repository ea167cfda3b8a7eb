package org.homeward.courses.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.HtmlPdf;
import org.homeward.shared.Ids;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * Certificates of completed courses: what each says is kept as it was issued (name,
 * course, hours, date, agency), under a random verification code that anyone can check at
 * the public page its QR code points to; verification shows that and nothing else.
 */
@Component
public class Certificates {

	/** A certificate as issued. */
	public record Certificate(UUID id, UUID enrolment, String code, String personName, String courseTitle,
			BigDecimal hours, LocalDate completedOn, String agencyName, Instant issuedAt) {
	}

	/** Letters and digits that cannot be mistaken for each other (Crockford's). */
	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final JdbcClient jdbc;

	private final TemplateEngine templates;

	private final String publicUrl;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Certificates(JdbcClient jdbc, TemplateEngine templates,
			@Value("${homeward.notifications.public-url:http://localhost:8080}") String publicUrl, Clock clock) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	/** Issues the enrolment's certificate (in the transaction that completed it). */
	Certificate issue(UUID enrolment, String personName, String courseTitle, BigDecimal hours, String agencyName) {
		Instant now = clock.instant();
		Certificate certificate = new Certificate(Ids.next(), enrolment, code(), personName, courseTitle, hours,
				LocalDate.ofInstant(now, ZoneOffset.UTC), agencyName, now);
		jdbc.sql("""
				insert into courses.certificate (id, enrolment_id, code, person_name, course_title, hours, completed_on,
				       agency_name, issued_at)
				values (:id, :enrolment, :code, :name, :title, :hours, :on, :agency, :at)""")
			.param("id", certificate.id())
			.param("enrolment", enrolment)
			.param("code", certificate.code())
			.param("name", personName)
			.param("title", courseTitle)
			.param("hours", hours)
			.param("on", certificate.completedOn())
			.param("agency", agencyName)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		return certificate;
	}

	/** The inmate's certificates, newest first. */
	public List<Certificate> ofInmate(UUID inmate) {
		return jdbc.sql("""
				select c.* from courses.certificate c join courses.enrolment e on e.id = c.enrolment_id
				 where e.inmate_id = :inmate order by c.issued_at desc, c.id""")
			.param("inmate", inmate)
			.query((rs, n) -> certificate(rs))
			.list();
	}

	/**
	 * The certificate with this code, however it was typed (small letters, spaces or
	 * dashes, O for 0, I or L for 1).
	 */
	public Optional<Certificate> verify(String code) {
		String normal = normal(code);
		if (normal.length() != 10) {
			return Optional.empty();
		}
		return jdbc.sql("select * from courses.certificate where code = :code")
			.param("code", normal.substring(0, 5) + "-" + normal.substring(5))
			.query((rs, n) -> certificate(rs))
			.optional();
	}

	/** Where anyone checks the certificate. */
	public String verificationUrl(Certificate certificate) {
		return publicUrl + "/certificates/" + certificate.code();
	}

	/** The certificate as a one-page PDF, with a QR code of its verification page. */
	public void pdf(Certificate certificate, Locale locale, OutputStream target) {
		Context context = new Context(locale);
		context.setVariable("certificate", certificate);
		context.setVariable("completedOn",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(certificate.completedOn()));
		context.setVariable("url", verificationUrl(certificate));
		context.setVariable("qr", qr(verificationUrl(certificate)));
		String html = templates.process("courses/certificate-pdf", context);
		HtmlPdf.write(html, target);
	}

	/** A typed code as it goes into a link: letters, digits and dashes only. */
	public static String normalForLink(String code) {
		String normal = normal(code).replaceAll("[^0-9A-Z]", "");
		return normal.length() > 20 ? normal.substring(0, 20) : normal;
	}

	static String normal(String code) {
		return code.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
	}

	private String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String qr(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException("a QR code of a short link", ex);
		}
	}

	private static Certificate certificate(ResultSet rs) throws SQLException {
		return new Certificate(rs.getObject("id", UUID.class), rs.getObject("enrolment_id", UUID.class),
				rs.getString("code"), rs.getString("person_name"), rs.getString("course_title"),
				rs.getBigDecimal("hours"), rs.getObject("completed_on", LocalDate.class), rs.getString("agency_name"),
				rs.getTimestamp("issued_at").toInstant());
	}

}
