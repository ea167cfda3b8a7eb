package org.homeward.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any of Homeward's code runs (a {@code %00} or an
 * encoded slash in the path, for instance): a problem ({@code application/problem+json})
 * for the API and a short page for the rest, never Tomcat's own page with its version.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemValve.class.getName());
			}
		});
	}

	/** Tomcat's error report, as a problem. */
	public static class ProblemValve extends ErrorReportValve {

		public ProblemValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable failure) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			ProblemDetail problem = ErrorAnswers.problemFor(status);
			String uri = String.valueOf(request.getCoyoteRequest().requestURI());
			boolean api = uri.startsWith("/api/") || String.valueOf(request.getHeader("Accept")).contains("json");
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setContentType(api ? "application/problem+json" : "text/html");
				Writer writer = response.getReporter();
				if (writer == null) {
					return;
				}
				writer.write(api ? json(problem) : html(problem));
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone or the response cannot be written: nothing more to
				// tell
			}
		}

		static String json(ProblemDetail problem) {
			return "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle() + "\",\"status\":"
					+ problem.getStatus() + ",\"detail\":\"" + problem.getDetail() + "\",\"code\":\""
					+ problem.getProperties().get("code") + "\"}";
		}

		static String html(ProblemDetail problem) {
			return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + problem.getTitle()
					+ " - Homeward</title></head><body><h1>" + problem.getTitle() + "</h1><p>" + problem.getDetail()
					+ "</p><p><a href=\"/\">Back to the home page</a></p></body></html>";
		}

	}

}
