package io.bora.it.conformance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copied cases stay byte-identical to the shared suite they come from, so a refresh is a
 * plain copy ({@code cp ../shared/conformance/workflows/*.json bora-it/src/test/resources/conformance/workflows/}).
 * Runs only where the shared suite is checked out next to the project.
 */
class ConformanceCasesInSyncTest {
    @Test
    void copiedCasesAreByteIdenticalToTheSharedSuite() throws Exception {
        Path shared = Path.of(System.getProperty("bora.conformance.shared", "../../shared/conformance/workflows"));
        Assumptions.assumeTrue(Files.isDirectory(shared), "shared conformance suite not present at " + shared.toAbsolutePath());
        Path copied = Path.of(getClass().getResource("/conformance/workflows").toURI());
        assertThat(names(copied)).isEqualTo(names(shared));
        for (String name : names(shared)) {
            assertThat(Arrays.equals(Files.readAllBytes(copied.resolve(name)), Files.readAllBytes(shared.resolve(name))))
                    .as("%s differs from the shared suite: copy it again", name).isTrue();
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }
}
