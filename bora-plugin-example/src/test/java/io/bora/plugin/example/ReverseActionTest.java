package io.bora.plugin.example;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class ReverseActionTest {

    private final ActionRegistry registry = ActionRegistry.of(List.of(new ReverseAction()));
    private final ActionType reverse = registry.find("example.reverse").orElseThrow();

    @Test
    void isDeclaredAsAServiceSoPluginDirectoriesFindIt() {
        assertThat(ServiceLoader.load(ActionType.class).stream().map(ServiceLoader.Provider::type))
                .contains(ReverseAction.class);
    }

    @Test
    void aJarOfThisModuleDroppedIntoAPluginsDirectoryIsFound(@TempDir Path plugins) throws Exception {
        Path classes = Path.of(ReverseAction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("example.jar")));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        ActionRegistry withPlugin = ActionRegistry.withPlugins(plugins);
        ActionType found = withPlugin.find("example.reverse").orElseThrow();
        assertThat(found.run(withPlugin.prepareInput(found, Map.of("value", "bora")), ActionContext.standalone("ae")))
                .isEqualTo(new ActionResult.Success("arob"));
        assertThat(withPlugin.find("std.echo")).isPresent();
    }

    @Test
    void reversesStringsAndLists() throws Exception {
        assertThat(run(Map.of("value", "abc"))).isEqualTo(new ActionResult.Success("cba"));
        assertThat(run(Map.of("value", List.of(1L, 2L, 3L)))).isEqualTo(new ActionResult.Success(List.of(3L, 2L, 1L)));
        assertThat(reverse.signature()).isEqualTo("value");
    }

    @Test
    void otherValuesFailWithTheActionRaisedText() throws Exception {
        ActionResult result = run(Map.of("value", 5L));
        assertThat(result).isInstanceOf(ActionResult.Failure.class);
        assertThat((String) ((ActionResult.Failure) result).error())
                .contains("action_ex_id=ae-9, msg='value must be a string or a list'");
    }

    private ActionResult run(Map<String, Object> input) throws InterruptedException {
        return reverse.run(registry.prepareInput(reverse, input), ActionContext.standalone("ae-9"));
    }
}
