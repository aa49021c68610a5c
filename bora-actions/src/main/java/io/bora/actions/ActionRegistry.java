package io.bora.actions;

import io.bora.actions.std.StandardActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The actions a Bora node can run: the built-in {@code std.*} ones plus those found in plugin jars.
 * Every type handed out is guarded: exceptions from {@code run} come back as Mistral-style failures.
 */
public final class ActionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ActionRegistry.class);

    /** What API responses and logs show instead of a secret input value. */
    public static final String MASK = "******";

    private final Map<String, ActionType> byName;

    private ActionRegistry(Collection<? extends ActionType> types) {
        Map<String, ActionType> map = new TreeMap<>();
        for (ActionType type : types) {
            // first registration wins, so a plugin cannot shadow a standard action
            ActionType kept = map.putIfAbsent(type.name(), GuardedActionType.guard(type));
            if (kept != null) {
                LOG.warn("Ignoring action {} ({}): the name is already taken", type.name(), type.getClass().getName());
            }
        }
        this.byName = map;
    }

    /** All built-in std actions. */
    public static ActionRegistry standard() {
        return new ActionRegistry(StandardActions.all());
    }

    /** Built-in actions plus every {@link ActionType} that ServiceLoader finds in the jars of {@code pluginsDir}. */
    public static ActionRegistry withPlugins(Path pluginsDir) {
        List<ActionType> types = new ArrayList<>(StandardActions.all());
        types.addAll(PluginLoader.load(pluginsDir));
        return new ActionRegistry(types);
    }

    /** A registry of exactly these actions (tests, embedding). */
    public static ActionRegistry of(Collection<? extends ActionType> types) {
        return new ActionRegistry(types);
    }

    /** A new registry with these actions added; existing names are kept. */
    public ActionRegistry plus(Collection<? extends ActionType> more) {
        List<ActionType> types = new ArrayList<>(byName.values());
        types.addAll(more);
        return new ActionRegistry(types);
    }

    public Optional<ActionType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All actions sorted by name. */
    public List<ActionType> all() {
        return byName.values().stream().sorted(Comparator.comparing(ActionType::name)).toList();
    }

    /**
     * Mistral's input check against the signature. Returns a new map, in signature order, with the
     * defaults of omitted optional parameters filled in (extra keys of a catch-all signature follow).
     *
     * @throws InvalidActionInputException when required parameters are missing or unknown ones given
     */
    public Map<String, Object> prepareInput(ActionType type, Map<String, Object> input) {
        return check(type, input);
    }

    /** The static form of {@link #prepareInput}, for callers without a registry (ad-hoc actions). */
    public static Map<String, Object> check(ActionType type, Map<String, Object> input) {
        Map<String, Object> given = input == null ? Map.of() : input;
        List<String> missing = new ArrayList<>();
        Map<String, Object> prepared = new LinkedHashMap<>();
        boolean catchAll = false;
        for (ActionParameter p : type.parameters()) {
            if (p.isCatchAll()) {
                catchAll = true;
            } else if (given.containsKey(p.name())) {
                prepared.put(p.name(), given.get(p.name()));
            } else if (p.required()) {
                missing.add(p.name());
            } else {
                prepared.put(p.name(), p.defaultValue());
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, Object> e : given.entrySet()) {
            if (!prepared.containsKey(e.getKey()) && !missing.contains(e.getKey())) {
                if (catchAll) {
                    prepared.put(e.getKey(), e.getValue());
                } else {
                    unexpected.add(e.getKey());
                }
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new InvalidActionInputException(type.name(), type.implementationClass(), missing, unexpected);
        }
        return prepared;
    }

    /** A copy of {@code input} in which the values of secret parameters read {@link #MASK}. */
    public static Map<String, Object> maskSecrets(ActionType type, Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        Map<String, Object> masked = new LinkedHashMap<>(input);
        for (ActionParameter p : type.parameters()) {
            if (p.secret() && masked.get(p.name()) != null) {
                masked.put(p.name(), MASK);
            }
        }
        return masked;
    }
}
