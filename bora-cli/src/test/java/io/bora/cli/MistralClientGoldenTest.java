package io.bora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of golden.json, run against the same canned responses the real python-mistralclient 4.5.0 was
 * run against, must print exactly what that client printed (tables, JSON, YAML, value and shell formats).
 */
class MistralClientGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static FakeMistral server;
    private static JsonNode golden;

    @BeforeAll
    static void start() throws Exception {
        try (InputStream in = MistralClientGoldenTest.class.getResourceAsStream("/mistral-4.5.0/golden.json")) {
            golden = JSON.readTree(in);
        }
        server = new FakeMistral();
        for (JsonNode route : golden.get("routes")) {
            JsonNode body = route.get("body");
            server.json(route.get("method").asText(), route.get("path").asText(), route.get("status").asInt(),
                    body.isNull() ? "" : JSON.writeValueAsString(body));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            Files.writeString(dir.resolve(file.getKey()), file.getValue().asText());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> printsWhatTheMistralClientPrinted() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : golden.get("cases")) {
            List<String> args = new ArrayList<>();
            c.get("args").forEach(a -> args.add(a.asText().replace("{dir}", dir.toString())));
            tests.add(DynamicTest.dynamicTest(String.join(" ", args), () -> {
                CliRun r = CliRun.run(server.url(), args.toArray(String[]::new));
                assertThat(r.out()).isEqualTo(c.get("out").asText());
                assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(c.get("rc").asInt());
            }));
        }
        return tests.stream();
    }
}
