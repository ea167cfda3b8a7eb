package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.messaging.Correspondents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import com.jayway.jsonpath.JsonPath;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Where several Homewards share the database, each scheduled job runs on one of them at a
 * time.
 */
@PostgresIntegrationTest
class JobLocksIntegrationTests {

	@Autowired
	List<ScheduledTaskHolder> schedulers;

	@Autowired
	LockProvider locks;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyScheduledJobTakesALockOfItsOwnButTheMailSendersAndEachNodesOwnMemory() {
		List<String> unlocked = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (String bean : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(bean);
			if (type == null || !ClassUtils.getUserClass(type).getPackageName().startsWith("org.homeward")) {
				continue;
			}
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(ClassUtils.getUserClass(type))) {
				if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
					SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
					if (lock == null) {
						unlocked.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
					}
					else {
						names.add(lock.name());
					}
				}
			}
		}
		// the outbox's senders work side by side on purpose: each claims its rows with
		// FOR UPDATE SKIP LOCKED; each node forgets its own callers' past rate-limit
		// windows
		assertThat(unlocked).containsExactlyInAnyOrder("OutboxSender.sendDue", "ApiRateLimits.forgetPastWindows");
		assertThat(names).hasSize(15)
			.doesNotHaveDuplicates()
			.contains("visits.reconcile", "visits.end", "visits.keepalive", "visits.recordings", "visits.purge",
					"visits.remind", "media.gifts", "deposits.release-payouts");
	}

	@Test
	void aRecurringDepositWaitsWhileAnotherHomewardRunsThePlansThenRunsOnce() throws Exception {
		Families.Family family = Families.register(mvc, "locked-out", null);
		Families.buyStamps(mvc, family, "DEMO-DOC", 5);
		String card = JsonPath.read(mvc
			.perform(MockMvcRequestBuilders.get("/api/v1/payment-methods").header("Authorization", family.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		UUID inmate = Correspondents.inmateId(jdbc, "DEMO-DOC", "A100003");
		String plan = JsonPath.read(mvc
			.perform(post("/api/v1/recurring-deposits").header("Authorization", family.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"inmateId":"%s","amount":{"amount":"10.00","currency":"USD"},"paymentMethodId":"%s","dayOfMonth":1}"""
							.formatted(inmate, card)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		jdbc.sql("update deposits.recurring set next_run = :today where id = :id")
			.param("today", today)
			.param("id", UUID.fromString(plan))
			.update();
		// the scheduler's own task, as it runs it every turn
		Runnable recurringDeposits = schedulers.stream()
			.flatMap(scheduler -> scheduler.getScheduledTasks().stream())
			.map(task -> task.getTask().getRunnable())
			.filter(task -> task.toString().endsWith("RecurringDeposits.runDueOnSchedule"))
			.findFirst()
			.orElseThrow();

		SimpleLock elsewhere = locks
			.lock(new LockConfiguration(Instant.now(), "deposits.recurring", Duration.ofMinutes(1), Duration.ZERO))
			.orElseThrow(() -> new AssertionError("the lock should be free"));
		try {
			assertThat(locks
				.lock(new LockConfiguration(Instant.now(), "deposits.recurring", Duration.ofMinutes(1), Duration.ZERO)))
				.as("a second Homeward asking for the same lock")
				.isEmpty();
			recurringDeposits.run();
			assertThat(nextRun(plan)).as("the plan, while another Homeward holds the job").isEqualTo(today);
			assertThat(deposits(family)).isZero();
		}
		finally {
			elsewhere.unlock();
		}
		recurringDeposits.run();
		assertThat(nextRun(plan)).isAfter(today);
		assertThat(deposits(family)).isEqualTo(1);
	}

	private LocalDate nextRun(String plan) {
		return jdbc.sql("select next_run from deposits.recurring where id = :id")
			.param("id", UUID.fromString(plan))
			.query(LocalDate.class)
			.single();
	}

	private int deposits(Families.Family family) {
		return jdbc.sql("select count(*) from deposits.deposit where account_id = :account")
			.param("account", family.accountId())
			.query(Integer.class)
			.single();
	}

}
