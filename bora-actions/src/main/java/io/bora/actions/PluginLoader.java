package io.bora.actions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds custom actions: every jar in the plugins directory goes on one class loader (so plugins can
 * share helper jars), and {@link ServiceLoader} lists the {@link ActionType}s they declare in
 * {@code META-INF/services/io.bora.actions.ActionType}.
 */
final class PluginLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private PluginLoader() {
    }

    static List<ActionType> load(Path pluginsDir) {
        if (pluginsDir == null || !Files.isDirectory(pluginsDir)) {
            return List.of();
        }
        List<URL> jars = jarsIn(pluginsDir);
        if (jars.isEmpty()) {
            return List.of();
        }
        // Never closed: the plugin classes stay in use for the life of the node.
        URLClassLoader loader = new URLClassLoader("bora-plugins", jars.toArray(URL[]::new),
                ActionType.class.getClassLoader());
        List<ActionType> found = new ArrayList<>();
        for (ServiceLoader.Provider<ActionType> provider : ServiceLoader.load(ActionType.class, loader).stream().toList()) {
            try {
                ActionType type = provider.get();
                // the parent loader also sees the std actions' service file, if any; keep only plugin classes
                if (type.getClass().getClassLoader() == loader) {
                    found.add(type);
                    LOG.info("Loaded plugin action {} from {}", type.name(), pluginsDir);
                }
            } catch (ServiceConfigurationError e) {
                LOG.error("Cannot load plugin action {}: {}", provider.type().getName(), e.getMessage());
            }
        }
        return found;
    }

    private static List<URL> jarsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().map(PluginLoader::url).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list plugins directory " + dir, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
