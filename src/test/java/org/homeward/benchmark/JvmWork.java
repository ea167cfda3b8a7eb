package org.homeward.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time this JVM (Homeward, its SMTP server, the benchmark) spent during a load,
 * in all and in Homeward's request threads; what is left is the outbox sender, the SMTP
 * server, the JIT and the garbage collector. Beside it, the time the JIT compiler spent
 * compiling.
 */
record JvmWork(long processNanos, long requestNanos, long compileMillis, double seconds) {

	private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	static JvmWork now() {
		long requests = 0;
		for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (thread != null && thread.getThreadName().startsWith("http-nio-")
					&& thread.getThreadName().contains("-exec-")) {
				requests += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
			}
		}
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return new JvmWork(os.getProcessCpuTime(), requests, JIT.getTotalCompilationTime(), System.nanoTime() / 1e9);
	}

	JvmWork minus(JvmWork earlier) {
		return new JvmWork(processNanos - earlier.processNanos, requestNanos - earlier.requestNanos,
				compileMillis - earlier.compileMillis, seconds - earlier.seconds);
	}

	/**
	 * The JIT compiler's time (its threads' together) as a share of the time that passed.
	 */
	double compiling() {
		return compileMillis / 1e3 / seconds;
	}

	/** "x ms of CPU per unit, y in request threads; z of the machine's cores" */
	String per(long count) {
		return String.format(
				"%.2f ms of CPU, %.2f of them in request threads (the JVM used %.2f of %d cores; the JIT compiler busy %.0f%% of the time)",
				processNanos / 1e6 / count, requestNanos / 1e6 / count, processNanos / 1e9 / seconds,
				Runtime.getRuntime().availableProcessors(), 100 * compiling());
	}

}
