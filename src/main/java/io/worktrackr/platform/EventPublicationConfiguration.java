package io.worktrackr.platform;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Projections and reactions (see docs/architecture.md). Projections are plain {@code @EventListener}s and run in
 * the publishing transaction. Reactions are {@code @ApplicationModuleListener}s: Spring Modulith records one
 * publication per reaction in {@code event_publication} inside the publishing transaction, runs the reaction
 * after commit on the bounded {@code spring.task.execution} pool ({@code @Async}) in a transaction of its own,
 * deletes the publication on success, and leaves it for {@link EventPublicationResubmission} otherwise.
 *
 * <p>Scheduled jobs run on one node at a time: ShedLock with the database's clock ({@code shedlock} table).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class EventPublicationConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
