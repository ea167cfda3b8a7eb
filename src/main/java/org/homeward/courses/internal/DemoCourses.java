package org.homeward.courses.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The demo's courses: the packages in {@code demo/courses} (each a folder, zipped at
 * start-up and imported as an operator's upload would be), offered at DEMO-DOC.
 */
@Component
@Profile("demo")
@Order(40)
class DemoCourses implements ApplicationRunner {

	/** The demo packages' folders, in the order they are imported. */
	static final String[] PACKAGES = { "financial-literacy", "parenting-from-inside" };

	private final CourseCatalogue catalogue;

	private final Directory directory;

	DemoCourses(CourseCatalogue catalogue, Directory directory) {
		this.catalogue = catalogue;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Caller operator = Caller.system("Demo courses");
		var doc = directory.agencyByCode("DEMO-DOC").orElseThrow().id();
		for (String name : PACKAGES) {
			try {
				byte[] zip = zip("demo/courses/" + name);
				CourseCatalogue.Course course = catalogue.all()
					.stream()
					.filter(c -> c.code().equals(code(name)))
					.findFirst()
					.orElseGet(() -> catalogue.importPackage(operator, zip));
				catalogue.restoreFiles(course, zip);
				catalogue.offer(operator, doc, course.id());
			}
			catch (DuplicateKeyException ex) {
				// another node of the demo imported it at the same moment
			}
		}
	}

	private static String code(String name) {
		return switch (name) {
			case "financial-literacy" -> "FIN-LIT-101";
			default -> "PARENT-101";
		};
	}

	/** A folder of the class path as a ZIP, its files named from the folder. */
	static byte[] zip(String folder) {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath:" + folder + "/**/*.*");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (Resource file : files) {
					String url = file.getURL().toString();
					String name = url.substring(url.indexOf(folder) + folder.length() + 1);
					zip.putNextEntry(new ZipEntry(name));
					try (InputStream in = file.getInputStream()) {
						in.transferTo(zip);
					}
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
