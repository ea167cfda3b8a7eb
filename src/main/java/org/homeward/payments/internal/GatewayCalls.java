package org.homeward.payments.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * Calls to the gateway, each bounded by a timeout and retried a few times when the
 * gateway does not answer. Safe only because every call that moves money carries its
 * idempotency key.
 */
@Component
class GatewayCalls implements DisposableBean {

	/**
	 * @param timeout how long one call may take
	 * @param attempts how many times a call is tried
	 */
	@ConfigurationProperties("homeward.payments.gateway")
	record Settings(@DefaultValue("3s") Duration timeout, @DefaultValue("3") int attempts,
			@DefaultValue("200ms") Duration backoff) {
	}

	private final ExecutorService executor = Executors.newFixedThreadPool(32, runnable -> {
		Thread thread = new Thread(runnable, "payment-gateway");
		thread.setDaemon(true);
		return thread;
	});

	private final TimeLimiter limiter;

	private final Retry retry;

	GatewayCalls(Settings settings) {
		this.limiter = TimeLimiter
			.of(TimeLimiterConfig.custom().timeoutDuration(settings.timeout()).cancelRunningFuture(true).build());
		this.retry = Retry.of("payment-gateway",
				RetryConfig.custom()
					.maxAttempts(settings.attempts())
					.waitDuration(settings.backoff())
					.retryExceptions(PaymentGateway.Unavailable.class, TimeoutException.class)
					.build());
	}

	/**
	 * @throws PaymentGateway.Unavailable when no attempt got an answer in time
	 */
	<T> T call(Supplier<T> call) {
		try {
			return Retry
				.decorateCallable(retry,
						() -> limiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(call, executor)))
				.call();
		}
		catch (PaymentGateway.Unavailable ex) {
			throw ex;
		}
		catch (TimeoutException ex) {
			throw new PaymentGateway.Unavailable("the gateway did not answer in time");
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new PaymentGateway.Unavailable(ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
