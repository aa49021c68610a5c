package io.bora.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.JobQueue;
import io.bora.engine.port.Transactions;
import io.bora.store.cron.JdbcCronTriggerRepository;
import io.bora.store.definition.JdbcDefinitionRepository;
import io.bora.store.dialect.Dialect;
import io.bora.store.execution.JdbcExecutionRepository;
import io.bora.store.jdbc.JdbcTransactions;
import io.bora.store.jdbc.Sql;
import io.bora.store.job.JdbcJobQueue;
import io.bora.store.notify.JobListener;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The engine's ports on a SQL database: H2 (embedded, one process) or PostgreSQL (one or many
 * nodes). Opening migrates the schema; Flyway's lock makes concurrent starts of several nodes
 * safe on PostgreSQL.
 */
public final class JdbcStore implements AutoCloseable {

    private static final int DEFAULT_POOL_SIZE = 10;

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final JdbcTransactions transactions;
    private final JdbcDefinitionRepository definitions;
    private final JdbcExecutionRepository executions;
    private final JdbcJobQueue jobs;
    private final JdbcCronTriggerRepository cronTriggers;
    /** Only for the embedded file database; null otherwise. */
    private volatile H2Housekeeping housekeeping;
    /** Listeners started by {@link #onJobsAvailable}, stopped on close. */
    private final List<JobListener> jobListeners = new CopyOnWriteArrayList<>();

    private JdbcStore(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.transactions = new JdbcTransactions(dataSource, dialect.combinesStatements());
        Sql sql = new Sql(transactions);
        this.definitions = new JdbcDefinitionRepository(sql);
        this.executions = new JdbcExecutionRepository(sql);
        this.jobs = new JdbcJobQueue(sql, dialect);
        this.cronTriggers = new JdbcCronTriggerRepository(sql);
    }

    /** H2 or PostgreSQL, chosen by the URL ({@code jdbc:h2:...}, {@code jdbc:postgresql:...}). */
    public static JdbcStore open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    public static JdbcStore open(String jdbcUrl, String user, String password, int poolSize) {
        return open(jdbcUrl, user, password, poolSize, redact(jdbcUrl));
    }

    private static JdbcStore open(String jdbcUrl, String user, String password, int poolSize, String shownAs) {
        Dialect dialect;
        try {
            dialect = Dialect.forUrl(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new StoreOpenException(e.getMessage(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("bora-store");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(10_000);
        dialect.driverProperties().forEach(config::addDataSourceProperty);
        HikariDataSource ds = null;
        try {
            ds = new HikariDataSource(config);
            migrate(ds, dialect);
            return new JdbcStore(ds, dialect);
        } catch (RuntimeException e) {
            if (ds != null) ds.close();
            throw new StoreOpenException("Cannot open database " + shownAs + ": " + reason(e), e);
        }
    }

    /**
     * The single-node database: H2 file {@code <dataDir>/bora.mv.db}. Every commit is written
     * and forced to the disk before it returns (no write delay). H2 locks the file, so a second
     * process on the same directory fails to open instead of corrupting it.
     */
    public static JdbcStore openEmbedded(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreOpenException("Cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
        JdbcStore store = open(EmbeddedH2.url(dir), "sa", "", DEFAULT_POOL_SIZE, "jdbc:h2:" + dir.resolve("bora"));
        store.housekeeping = new H2Housekeeping(store.dataSource, EmbeddedH2.HOUSEKEEPING_PERIOD_MILLIS);
        return store;
    }

    public Transactions transactions() {
        return transactions;
    }

    public DefinitionRepository definitions() {
        return definitions;
    }

    /** The repository; its class adds batch inserts ({@link JdbcExecutionRepository#insertTasks}). */
    public JdbcExecutionRepository executions() {
        return executions;
    }

    /** The queue; its class adds {@code reschedule} and {@code extendLease}. */
    public JdbcJobQueue jobs() {
        return jobs;
    }

    /** Cron triggers; its class also holds the event triggers ({@code eventTriggers()}). */
    public JdbcCronTriggerRepository cronTriggers() {
        return cronTriggers;
    }

    /** The embedded database's compaction, for tests; null for other databases. */
    H2Housekeeping housekeeping() {
        return housekeeping;
    }

    public String dialectName() {
        return dialect.name();
    }

    /** For health checks and tests; the engine uses the repositories. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** True when a connection can be had and answers (the /ready check). */
    public boolean isReachable() {
        try (var c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Runs {@code wake} whenever another node commits new jobs (PostgreSQL LISTEN/NOTIFY, on a
     * connection of its own, reconnecting on failure), so idle nodes claim them at once instead
     * of at their next poll. Does nothing on H2: one process, whose own commits wake it.
     */
    public void onJobsAvailable(Runnable wake) {
        if (!"PostgreSQL".equals(dialect.name())) return;
        jobListeners.add(JobListener.start(() -> {
            Properties p = new Properties();
            if (dataSource.getUsername() != null) p.setProperty("user", dataSource.getUsername());
            if (dataSource.getPassword() != null) p.setProperty("password", dataSource.getPassword());
            p.setProperty("ApplicationName", "bora-job-listener");
            return DriverManager.getConnection(dataSource.getJdbcUrl(), p);
        }, wake));
    }

    @Override
    public void close() {
        jobListeners.forEach(JobListener::close);
        H2Housekeeping h = housekeeping;
        if (h != null) h.close();
        dataSource.close();
    }

    private static void migrate(DataSource ds, Dialect dialect) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:io/bora/store/migration")
                .placeholders(dialect.migrationPlaceholders())
                .load()
                .migrate();
    }

    private static String reason(Throwable e) {
        String root = rootMessage(e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("already in use") || m.contains("file is locked")) {
                return "it is in use by another process (" + root + ")";
            }
            if (t.getCause() == t) break;
        }
        return root;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** Keeps a password given inside the URL out of logs. */
    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
