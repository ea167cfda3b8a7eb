package org.homeward.courses;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Course packages made by the tests: a manifest and lesson files, zipped. */
public final class CoursePackages {

	private CoursePackages() {
	}

	/** A small valid course: two text lessons and a quiz of a choice and a number. */
	static Map<String, String> course(String code) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("course.json", """
				{
				  "format": "homeward-course/1",
				  "code": "%s",
				  "title": "Reading a pay stub %s",
				  "description": "What each line of a pay stub means.",
				  "language": "en",
				  "hours": 1.5,
				  "lessons": [
				    { "id": "gross-and-net", "title": "Gross and net", "file": "lessons/gross.md", "minutes": 20 },
				    { "id": "deductions", "title": "Deductions", "file": "lessons/deductions.txt", "minutes": 20 }
				  ],
				  "quizzes": [
				    {
				      "id": "quiz",
				      "title": "Pay stub quiz",
				      "passPercent": 100,
				      "attempts": 2,
				      "questions": [
				        { "text": "Which is larger?", "choices": ["Gross pay", "Net pay"], "answer": 0 },
				        { "text": "Gross $500, deductions $120: net?", "number": 380, "tolerance": 0.01 }
				      ]
				    }
				  ]
				}
				""".formatted(code, code));
		files.put("lessons/gross.md",
				"# Gross and net\n\nGross pay is before deductions.\n\nNet pay is what you get.\n");
		files.put("lessons/deductions.txt", "Taxes and fees come off gross pay.\n");
		return files;
	}

	/** Imports {@link #course} under this code as the operator: its id. */
	public static String imported(MockMvc mvc, String operator, String code) throws Exception {
		return JsonPath.read(mvc
			.perform(multipart("/api/v1/admin/courses")
				.file(new MockMultipartFile("package", "course.zip", "application/zip", zip(course(code))))
				.header("Authorization", operator))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	static byte[] zip(Map<String, String> files) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (Map.Entry<String, String> file : files.entrySet()) {
					zip.putNextEntry(new ZipEntry(file.getKey()));
					zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
