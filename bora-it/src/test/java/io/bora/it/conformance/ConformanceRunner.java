package io.bora.it.conformance;

import io.bora.it.conformance.RestClient.ApiError;
import io.bora.it.conformance.Verdict.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/**
 * Runs case files against one server, the Java twin of {@code ../shared/conformance/run.py}:
 * same name prefixing, steps, normalisation and comparison, so both give the same verdicts.
 * Cases are independent and may run concurrently.
 */
final class ConformanceRunner {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final RestClient api;
    private final String fixtureUrl;
    private final String runId;
    private final double defaultTimeout;
    private final double pollSeconds;

    ConformanceRunner(String serverUrl, String fixtureUrl, double defaultTimeout, double pollSeconds) {
        this.api = new RestClient(serverUrl);
        this.fixtureUrl = fixtureUrl;
        this.defaultTimeout = defaultTimeout;
        this.pollSeconds = pollSeconds;
        // a fresh id per run, so a run can be repeated against the same server
        SecureRandom random = new SecureRandom();
        StringBuilder id = new StringBuilder("r");
        for (int i = 0; i < 6; i++) id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        this.runId = id.append('c').toString();
    }

    Verdict run(CaseFile file) {
        long t0 = System.nanoTime();
        String name = file.baseName();
        try {
            Object parsed = PyJson.parse(Files.readString(file.path()));
            Map<String, Object> aCase = Py.map(parsed);
            if (Py.truthy(aCase.get("name"))) name = String.valueOf(aCase.get("name"));
            if (Py.truthy(aCase.get("skip"))) return new Verdict(Outcome.SKIP, name, String.valueOf(aCase.get("skip")), 0);
            if (!aCase.containsKey("expect")) return new Verdict(Outcome.SKIP, name, "no recorded expectation", 0);
            CaseRun run = new CaseRun(api, aCase, runId + file.index() + "_", fixtureUrl, defaultTimeout, pollSeconds);
            Map<String, Object> view = run.execute();
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<String> problems = ViewDiff.between(aCase.get("expect"), view);
            if (!problems.isEmpty()) return new Verdict(Outcome.FAIL, name, String.join("; ", problems), seconds);
            return new Verdict(Outcome.PASS, name, "", seconds);
        } catch (CaseFailure e) {
            return fail(name, e.getMessage(), t0);
        } catch (ApiError e) {
            return fail(name, "API error: " + e.getMessage(), t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(name, "interrupted", t0);
        } catch (IOException | RuntimeException e) {
            return fail(name, "runner error: " + e, t0);
        }
    }

    private static Verdict fail(String name, String detail, long t0) {
        return new Verdict(Outcome.FAIL, name, detail, (System.nanoTime() - t0) / 1e9);
    }
}
