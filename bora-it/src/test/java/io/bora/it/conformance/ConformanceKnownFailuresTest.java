package io.bora.it.conformance;

import io.bora.it.conformance.KnownFailures.Effect;
import io.bora.it.conformance.Verdict.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The known-failures list only lets listed cases fail, and only while they still fail. */
class ConformanceKnownFailuresTest {
    private final KnownFailures known = KnownFailures.parse("""
            # comment
            join_case   engine: join one

            other_case
            """);

    @Test
    void listedFailureAbortsWithItsReasonAndDifferences() {
        KnownFailures.Decision d = known.decide(new Verdict(Outcome.FAIL, "join_case", "state: expected A, got B", 1), "join_case");
        assertThat(d.effect()).isEqualTo(Effect.ABORT);
        assertThat(d.message()).isEqualTo("known failure (engine: join one): state: expected A, got B");
    }

    @Test
    void listedCaseThatPassesFailsTheBuild() {
        KnownFailures.Decision d = known.decide(new Verdict(Outcome.PASS, "other_case", "", 1), "other_case");
        assertThat(d.effect()).isEqualTo(Effect.FAIL);
        assertThat(d.message()).contains("remove it from known-failures.txt");
    }

    @Test
    void unlistedFailureFailsAndUnlistedPassPasses() {
        assertThat(known.decide(new Verdict(Outcome.FAIL, "new_case", "x: expected 1, got 2", 1), "new_case").effect())
                .isEqualTo(Effect.FAIL);
        assertThat(known.decide(new Verdict(Outcome.PASS, "new_case", "", 1), "new_case").effect()).isEqualTo(Effect.PASS);
        assertThat(known.decide(new Verdict(Outcome.SKIP, "new_case", "no recorded expectation", 0), "new_case").effect())
                .isEqualTo(Effect.ABORT);
    }

    /** A stale line (a renamed or deleted case) would otherwise sit in the list forever. */
    @Test
    void everyListedCaseExistsInThePublicSet() throws Exception {
        Path dir = Path.of(getClass().getResource("/conformance/workflows").toURI());
        for (String name : KnownFailures.load().names()) {
            assertThat(Files.exists(dir.resolve(name + ".json"))).as("%s in known-failures.txt", name).isTrue();
        }
    }
}
