package io.bora.it.conformance;

import io.bora.it.conformance.Verdict.Outcome;
import io.bora.server.node.Node;
import io.bora.server.node.NodeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The public workflow conformance cases (recorded from Mistral 15), one dynamic test per case
 * file, run against an in-process Bora node on embedded H2 and this runner's own HTTP fixture.
 *
 * <p>Cases run concurrently on a small pool as soon as the factory is called; each dynamic test
 * awaits its own case. A case listed in {@code known-failures.txt} that fails is reported as
 * aborted; one that passes fails the build so the list only shrinks.
 *
 * <p>System properties: {@code bora.conformance.dir} (another directory of cases, e.g. the
 * unpublished set), {@code bora.conformance.only} (comma-separated substrings or globs of case
 * names), {@code bora.conformance.url} (run against that server instead of an in-process node),
 * {@code bora.conformance.jobs} (concurrent cases, default 4).
 */
class WorkflowConformanceTest {
    private static final double DEFAULT_CASE_TIMEOUT_S = 30;
    private static final double POLL_S = 0.25;
    /** Backstop only: every wait inside a case already has its own deadline. */
    private static final long CASE_GUARD_S = 300;

    @TempDir
    static Path dataDir;

    private static HttpFixture fixture;
    private static Node node;
    private static ExecutorService pool;
    private static KnownFailures known;
    private static final AtomicInteger passed = new AtomicInteger();
    private static final AtomicInteger failed = new AtomicInteger();
    private static final AtomicInteger knownFailed = new AtomicInteger();
    private static final AtomicInteger skipped = new AtomicInteger();

    @BeforeAll
    static void startServerAndFixture() throws IOException {
        fixture = HttpFixture.start();
        known = KnownFailures.load();
        pool = Executors.newFixedThreadPool(Integer.getInteger("bora.conformance.jobs", 4));
    }

    @AfterAll
    static void stop() {
        // Known failures (known-failures.txt: deliberate deviations from Mistral bugs) count as skipped,
        // as JUnit reports them; unexpected failures fail the build.
        System.out.println("workflow conformance: " + knownFailed.get() + " known deviation(s) skipped");
        System.out.println(passed.get() + " passed, " + (failed.get() - knownFailed.get()) + " failed, "
                + (skipped.get() + knownFailed.get()) + " skipped");
        if (skipped.get() > 0) System.out.println(skipped.get() + " skipped");
        if (pool != null) pool.shutdownNow();
        if (node != null) node.close();
        if (fixture != null) fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> workflowCases() throws Exception {
        List<CaseFile> cases = CaseFile.collect(casesDir(), System.getProperty("bora.conformance.only"));
        ConformanceRunner runner = new ConformanceRunner(serverUrl(), fixture.url(), DEFAULT_CASE_TIMEOUT_S, POLL_S);
        // submitted all at once so the pool works ahead of the (sequential) dynamic tests
        List<Future<Verdict>> verdicts = cases.stream().map(c -> pool.submit(() -> runner.run(c))).toList();
        return java.util.stream.IntStream.range(0, cases.size()).mapToObj(i ->
                DynamicTest.dynamicTest(cases.get(i).baseName(), cases.get(i).path().toUri(),
                        () -> judge(cases.get(i), verdicts.get(i))));
    }

    private static void judge(CaseFile file, Future<Verdict> future) throws InterruptedException {
        Verdict v;
        try {
            v = future.get(CASE_GUARD_S, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            v = new Verdict(Outcome.FAIL, file.baseName(), "no verdict within " + CASE_GUARD_S + " s", CASE_GUARD_S);
        } catch (java.util.concurrent.ExecutionException e) {
            v = new Verdict(Outcome.FAIL, file.baseName(), "runner error: " + e.getCause(), 0);
        }
        System.out.println(v.line());
        switch (v.outcome()) {
            case PASS -> passed.incrementAndGet();
            case FAIL -> failed.incrementAndGet();
            case SKIP -> skipped.incrementAndGet();
        }
        KnownFailures.Decision d = known.decide(v, file.baseName());
        switch (d.effect()) {
            case PASS -> {
            }
            case ABORT -> {
                if (v.outcome() == Outcome.FAIL) knownFailed.incrementAndGet();
                Assumptions.abort(d.message());
            }
            case FAIL -> Assertions.fail(d.message());
        }
    }

    private static Path casesDir() throws URISyntaxException {
        String dir = System.getProperty("bora.conformance.dir");
        if (dir != null && !dir.isBlank()) return Path.of(dir);
        URL url = WorkflowConformanceTest.class.getResource("/conformance/workflows");
        if (url == null) throw new IllegalStateException("conformance/workflows missing from the test resources");
        return Path.of(url.toURI());
    }

    /** An external server when asked for, else a fresh in-process node (started once per class). */
    private static synchronized String serverUrl() throws IOException {
        String external = System.getProperty("bora.conformance.url");
        if (external != null && !external.isBlank()) return external;
        if (node == null) {
            node = Node.start(new NodeOptions("127.0.0.1", freePort(), dataDir, null, null, null, null, "it-node", 64));
        }
        return "http://127.0.0.1:" + node.port();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
