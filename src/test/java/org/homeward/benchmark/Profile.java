package org.homeward.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import one.profiler.AsyncProfiler;

/**
 * On request ({@code -Dprofile=<directory>}), a CPU profile of this JVM during a measured
 * load, all threads, Java and native frames (async-profiler), or with
 * {@code -Dprofile.event=alloc} where it allocates: {@code <directory>/<phase>.html}, a
 * flame graph, and {@code .collapsed}.
 */
record Profile(@Nullable Path file) {

	static Profile start(String phase) throws Exception {
		String directory = System.getProperty("profile");
		if (directory == null || directory.isBlank()) {
			return new Profile(null);
		}
		Path file = Files.createDirectories(Path.of(directory)).resolve(phase.replaceAll("[^A-Za-z0-9]+", "-"));
		String event = System.getProperty("profile.event", "cpu");
		AsyncProfiler.getInstance()
			.execute(event.equals("cpu") ? "start,event=cpu,interval=1ms" : "start,event=" + event);
		return new Profile(file);
	}

	void stop() throws Exception {
		if (file == null) {
			return;
		}
		AsyncProfiler profiler = AsyncProfiler.getInstance();
		profiler.execute("stop");
		profiler.execute("collapsed,file=" + file + ".collapsed");
		profiler.execute("flamegraph,file=" + file + ".html");
		System.out.println("profile of the load: " + file + ".html");
	}

}
