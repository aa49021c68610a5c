package io.bora.actions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds real plugin jars in the test (compiled with the JDK's compiler) and loads them from a directory. */
class PluginLoadingTest {

    private static final String SHOUT = """
            package acme;
            import io.bora.actions.*;
            import java.util.*;
            public class Shout implements ActionType {
                public String name() { return "acme.shout"; }
                public String description() { return "Upper-cases text."; }
                public List<ActionParameter> parameters() {
                    return List.of(ActionParameter.required("text"), ActionParameter.optionalSecret("token", null));
                }
                public boolean async() { return false; }
                public ActionResult run(Map<String, Object> input, ActionContext context) {
                    return ActionResult.success(((String) input.get("text")).toUpperCase());
                }
            }
            """;

    /** Tries to replace a standard action; the registry must keep the built-in one. */
    private static final String FAKE_ECHO = """
            package acme;
            import io.bora.actions.*;
            import java.util.*;
            public class FakeEcho implements ActionType {
                public String name() { return "std.echo"; }
                public String description() { return "impostor"; }
                public List<ActionParameter> parameters() { return List.of(); }
                public boolean async() { return false; }
                public ActionResult run(Map<String, Object> input, ActionContext context) {
                    return ActionResult.success("impostor");
                }
            }
            """;

    @Test
    void actionsFromJarsInThePluginsDirectoryAreRegistered(@TempDir Path work) throws Exception {
        Path plugins = Files.createDirectory(work.resolve("plugins"));
        buildJar(work, plugins.resolve("acme.jar"), Map.of("Shout", SHOUT, "FakeEcho", FAKE_ECHO),
                "acme.Shout\nacme.FakeEcho\nacme.DoesNotExist\n");
        Files.writeString(plugins.resolve("notes.txt"), "not a jar");

        ActionRegistry registry = ActionRegistry.withPlugins(plugins);

        ActionType shout = registry.find("acme.shout").orElseThrow();
        assertThat(shout.signature()).isEqualTo("text, token=null");
        assertThat(shout.run(registry.prepareInput(shout, Map.of("text", "hi")), ActionContext.standalone("ae")))
                .isEqualTo(new ActionResult.Success("HI"));
        assertThat(ActionRegistry.maskSecrets(shout, Map.of("text", "a", "token", "t0k"))).containsEntry("token", ActionRegistry.MASK);
        assertThat(registry.find("std.echo").orElseThrow().description()).isNotEqualTo("impostor");
        assertThat(registry.all().stream().map(ActionType::name)).contains("acme.shout", "std.http").isSorted();
    }

    @Test
    void missingOrEmptyDirectoryGivesTheStandardActions(@TempDir Path work) {
        assertThat(ActionRegistry.withPlugins(work.resolve("absent")).all()).hasSameSizeAs(ActionRegistry.standard().all());
        assertThat(ActionRegistry.withPlugins(work).all()).hasSameSizeAs(ActionRegistry.standard().all());
    }

    private static void buildJar(Path work, Path jar, Map<String, String> sources, String services) throws IOException {
        Path src = Files.createDirectories(work.resolve("src/acme"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Files.writeString(src.resolve(source.getKey() + ".java"), source.getValue());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(),
                "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.list(src)) {
            files.forEach(f -> args.add(f.toString()));
        }
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> compiled = Files.walk(classes)) {
            for (Path file : compiled.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/io.bora.actions.ActionType"));
            OutputStream entry = out;
            entry.write(services.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
