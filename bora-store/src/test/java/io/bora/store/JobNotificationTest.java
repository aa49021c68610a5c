package io.bora.store;

import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.store.notify.JobListener;
import io.bora.store.notify.JobNotifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * LISTEN/NOTIFY wake-ups on PostgreSQL: two stores on one schema stand for two nodes. A job
 * committed through one wakes the other's listener, after the commit.
 */
class JobNotificationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static String url;
    private static JdbcStore nodeA;
    private static JdbcStore nodeB;

    @BeforeAll
    static void openTwoNodes() {
        url = Databases.freshPostgresSchema();
        nodeA = JdbcStore.open(url, null, null, 2);
        nodeB = JdbcStore.open(url, null, null, 2);
    }

    @AfterAll
    static void closeNodes() {
        nodeA.close();
        nodeB.close();
    }

    private static Job job(JobKind kind) {
        Instant now = Instant.now();
        return new Job(UUID.randomUUID().toString(), kind, "ex-" + UUID.randomUUID(), Map.of("k", "v"), now, null, 0,
                null, now);
    }

    @Test
    void aJobCommittedOnOneNodeWakesTheOther() throws Exception {
        Semaphore wakes = new Semaphore(0);
        nodeB.onJobsAvailable(wakes::release);
        assertThat(wakes.tryAcquire(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the wake-up after connecting").isTrue();
        wakes.drainPermits();

        long started = System.nanoTime();
        nodeA.jobs().enqueue(job(JobKind.RUN_ACTION));
        assertThat(wakes.tryAcquire(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("woken by enqueue").isTrue();
        System.out.printf("job notification: woken %.1f ms after the enqueue committed%n", (System.nanoTime() - started) / 1e6);

        wakes.drainPermits();
        nodeA.jobs().enqueueAll(List.of(job(JobKind.TIMER), job(JobKind.ENGINE_EVENT)));
        assertThat(wakes.tryAcquire(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("woken by enqueueAll").isTrue();
    }

    /**
     * What a node does when woken: claim. The notification must come after the enqueuing
     * transaction committed, so that the woken node finds the job (there is no poll here).
     */
    @Test
    void theWokenNodeFindsTheJobItWasWokenFor() throws Exception {
        Set<String> claimedOnWake = ConcurrentHashMap.newKeySet();
        AtomicInteger wakes = new AtomicInteger();
        nodeB.onJobsAvailable(() -> {
            nodeB.jobs().claim(Set.of(JobKind.ENGINE_EVENT), Set.of(), "node-b", Instant.now(), Duration.ofMinutes(1), 100)
                    .forEach(j -> claimedOnWake.add(j.id()));
            wakes.incrementAndGet();
        });
        await().atMost(PATIENCE).until(() -> wakes.get() >= 1); // listening (the wake-up after connecting)

        Job inTransaction = job(JobKind.ENGINE_EVENT);
        nodeA.transactions().inTransaction(() -> {
            nodeA.jobs().enqueue(inTransaction);
            return null;
        });
        await().atMost(PATIENCE).until(() -> claimedOnWake.contains(inTransaction.id()));

        List<Job> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) burst.add(job(JobKind.ENGINE_EVENT));
        for (Job j : burst) nodeA.jobs().enqueue(j);
        await().atMost(PATIENCE).until(() -> burst.stream().allMatch(j -> claimedOnWake.contains(j.id())));
    }

    /** Enqueues into another schema (another installation on the same database) wake nobody here. */
    @Test
    void notificationsOfAnotherSchemaAreIgnored() throws Exception {
        String ownSchemaUrl = Databases.freshPostgresSchema(); // nobody else enqueues there
        AtomicInteger wakes = new AtomicInteger();
        try (JobListener listener = JobListener.start(() -> connect(ownSchemaUrl, "bora-test-schema-filter"), wakes::incrementAndGet);
             Connection other = connect(ownSchemaUrl, "bora-test-marker")) {
            await().atMost(PATIENCE).until(() -> listener.connects() == 1);
            int afterConnect = wakes.get();
            try (Statement s = other.createStatement()) {
                s.execute("NOTIFY " + JobNotifier.CHANNEL + ", 'some_other_schema'");
                // sent after the first: once it wakes the listener, the first was delivered and dropped
                s.execute("NOTIFY " + JobNotifier.CHANNEL + ", '" + currentSchema(other) + "'");
            }
            await().atMost(PATIENCE).until(() -> wakes.get() > afterConnect);
            assertThat(wakes.get()).isEqualTo(afterConnect + 1);
        }
    }

    @Test
    void aListenerWhoseConnectionWasKilledReconnectsAndHearsAgain() throws Exception {
        String application = "bora-test-" + UUID.randomUUID().toString().substring(0, 8);
        Semaphore wakes = new Semaphore(0);
        try (JobListener listener = JobListener.start(() -> connect(application), wakes::release)) {
            await().atMost(PATIENCE).until(() -> listener.connects() == 1);
            try (Connection admin = connect("bora-test-admin"); Statement s = admin.createStatement()) {
                s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                        + application + "'").close();
            }
            await().atMost(PATIENCE).until(() -> listener.connects() == 2);
            wakes.drainPermits();
            nodeA.jobs().enqueue(job(JobKind.TIMER));
            assertThat(wakes.tryAcquire(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("woken after reconnecting").isTrue();
        }
    }

    private static Connection connect(String application) throws SQLException {
        return connect(url, application);
    }

    private static Connection connect(String jdbcUrl, String application) throws SQLException {
        Properties p = new Properties();
        p.setProperty("ApplicationName", application);
        return DriverManager.getConnection(jdbcUrl, p);
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
