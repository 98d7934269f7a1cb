package io.worktrackr.live;

import io.worktrackr.common.Databases;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires live updates, choosing the bus in this one place: PostgreSQL {@code LISTEN/NOTIFY} across nodes, or the
 * in-process bus on the embedded H2 (one node).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration {

    /**
     * The hub owns its writer pool ({@link PacedWriters}: paced drains on a bounded set of threads). The pool is
     * deliberately not a bean: any {@code Executor} bean makes Spring Boot's {@code applicationTaskExecutor} back off,
     * and the after-commit reactions would then run on the scheduler's thread instead of their own pool.
     */
    @Bean(destroyMethod = "shutdown")
    LiveHub liveHub(Clock clock, LiveProperties properties) {
        return new LiveHub(
                clock, properties, new PacedWriters(properties.flushInterval(), properties.writesPerSecond()));
    }

    @Bean
    LiveEngine liveEngine(LiveHub hub, Clock clock, LiveProperties properties) {
        return new LiveEngine(hub, new PresenceTable(clock, properties.presenceTimeout()));
    }

    @Bean
    LiveBus liveBus(LiveEngine engine, DataSource dataSource, Environment environment) {
        LiveBus bus = Databases.isPostgresql(dataSource)
                ? new PostgresLiveBus(
                        dataSource,
                        environment.getRequiredProperty("spring.datasource.url"),
                        environment.getProperty("spring.datasource.username", ""),
                        environment.getProperty("spring.datasource.password", ""),
                        engine::receive,
                        engine.hub()::resyncAll)
                : new InProcessLiveBus(engine::receive);
        engine.connect(bus);
        return bus;
    }

    @Bean
    LiveSchedule liveSchedule(LiveEngine engine) {
        return new LiveSchedule(engine);
    }

    /**
     * Ends every stream first when the node stops (the highest phase stops first): the web server's graceful
     * shutdown would otherwise wait its whole timeout for these endless requests. Browsers reconnect elsewhere.
     */
    @Bean
    SmartLifecycle liveStreamsShutdown(LiveHub hub) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                hub.closeAll();
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    /** Per node (no lock): each node beats its own streams and expires its own copy of the presence table. */
    static class LiveSchedule {

        private final LiveEngine engine;

        LiveSchedule(LiveEngine engine) {
            this.engine = engine;
        }

        @Scheduled(
                initialDelayString = "${worktrackr.live.heartbeat:15s}",
                fixedDelayString = "${worktrackr.live.heartbeat:15s}")
        void heartbeat() {
            engine.hub().heartbeat();
        }

        @Scheduled(initialDelayString = "5s", fixedDelayString = "5s")
        void expirePresence() {
            engine.expirePresence();
        }
    }
}
