package org.homeward.shared;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled jobs run on one Homeward at a time where several share the database: a job's
 * method annotated with {@code @SchedulerLock} takes its row of
 * {@code scheduling.job_lock} for as long as it runs, and a Homeward that finds the row
 * taken skips that turn. The lock holds ten minutes at most unless the job says
 * otherwise, so that a Homeward stopped mid-run does not keep the job from the others for
 * longer. Times are the database's, not each machine's clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobLocks {

	@Bean
	LockProvider jobLockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("scheduling.job_lock")
			.usingDbTime()
			.build());
	}

}
