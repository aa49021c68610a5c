package io.bora.actions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds custom actions: every jar in the plugins directory goes on one class loader (so plugins can
 * share helper jars), and {@link ServiceLoader} lists the {@link ActionType}s they declare in
 * {@code META-INF/services/io.bora.actions.ActionType}.
 */
final class PluginLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private static final int MAX_FAILURES = 100;
    private static final String SERVICE_FILE = "META-INF/services/" + ActionType.class.getName();

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
        Set<String> declared = declaredInJars(loader);
        List<ActionType> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<ActionType>> providers = ServiceLoader.load(ActionType.class, loader).stream().iterator();
        int failures = 0;
        // a broken entry (missing class, wrong type, failing constructor) must not hide the good ones
        while (failures < MAX_FAILURES) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<ActionType> provider = providers.next();
                // ServiceLoader also sees the server's own classpath; keep what the plugin jars declare
                if (declared.contains(provider.type().getName())) {
                    ActionType type = provider.get();
                    found.add(type);
                    LOG.info("Loaded plugin action {} ({}) from {}", type.name(), type.getClass().getName(), pluginsDir);
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures++;
                LOG.error("Cannot load a plugin action from {}: {}", pluginsDir, e.getMessage());
            }
        }
        return found;
    }

    /** Provider class names listed by the plugin jars themselves (not by the parent class path). */
    private static Set<String> declaredInJars(URLClassLoader loader) {
        Set<String> names = new HashSet<>();
        try {
            Enumeration<URL> files = loader.findResources(SERVICE_FILE);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        String name = line.replaceFirst("#.*", "").strip();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plugin service declarations", e);
        }
        return names;
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
