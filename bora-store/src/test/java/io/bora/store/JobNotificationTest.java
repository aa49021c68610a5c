package io.bora.store;

import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.store.notify.JobListener;
import io.bora.store.notify.JobNotifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * LISTEN/NOTIFY wake-ups on PostgreSQL: two stores on one schema stand for two nodes. A job
 * committed through one wakes the other's listener; the notification travels with the commit.
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
     * A raw listener sees the notifications in commit order: markers sent around the enqueuing
     * transaction show that its notification comes with the commit and not before; a rolled
     * back enqueue sends nothing.
     */
    @Test
    void theNotificationComesWithTheCommitAndNotWithARollback() throws Exception {
        try (Connection listener = connect("bora-test-raw-listener"); Connection other = connect("bora-test-marker")) {
            try (Statement s = listener.createStatement()) {
                s.execute("LISTEN " + JobNotifier.CHANNEL);
            }
            String schema = currentSchema(listener);

            nodeA.transactions().inTransaction(() -> {
                nodeA.jobs().enqueue(job(JobKind.ENGINE_EVENT));
                notify(other, "marker-1");
                return null;
            });
            notify(other, "marker-2");
            try {
                nodeA.transactions().inTransaction(() -> {
                    nodeA.jobs().enqueue(job(JobKind.ENGINE_EVENT));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the enqueue is gone, and so must be its notification
            }
            notify(other, "marker-3");

            List<String> seen = receiveUntil(listener, "marker-3");
            assertThat(seen).containsExactly("marker-1", schema, "marker-2", "marker-3");
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
        Properties p = new Properties();
        p.setProperty("ApplicationName", application);
        return DriverManager.getConnection(url, p);
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void notify(Connection c, String payload) {
        try (Statement s = c.createStatement()) {
            s.execute("NOTIFY " + JobNotifier.CHANNEL + ", '" + payload + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Payloads in arrival order up to {@code last}; other installations' notifications are left out. */
    private static List<String> receiveUntil(Connection c, String last) throws SQLException {
        String schema = currentSchema(c);
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!seen.contains(last) && System.nanoTime() < deadline) {
            PGNotification[] batch = pg.getNotifications(500);
            if (batch == null) continue;
            for (PGNotification n : batch) {
                String payload = n.getParameter();
                if (payload.startsWith("marker-") || payload.equals(schema)) seen.add(payload);
            }
        }
        return seen;
    }
}
