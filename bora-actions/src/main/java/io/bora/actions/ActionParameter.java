package io.bora.actions;

/**
 * One input parameter of an action.
 *
 * @param name         parameter name; {@code **name} means "accepts any further keyword input"
 * @param required     true when the signature has no default for it
 * @param defaultValue the default (plain model value) used when the input omits it; ignored when required
 * @param secret       true when the value must be masked in API responses and logs (passwords, keys)
 */
public record ActionParameter(String name, boolean required, Object defaultValue, boolean secret) {

    public static ActionParameter required(String name) {
        return new ActionParameter(name, true, null, false);
    }

    public static ActionParameter optional(String name, Object defaultValue) {
        return new ActionParameter(name, false, defaultValue, false);
    }

    public static ActionParameter requiredSecret(String name) {
        return new ActionParameter(name, true, null, true);
    }

    public static ActionParameter optionalSecret(String name, Object defaultValue) {
        return new ActionParameter(name, false, defaultValue, true);
    }

    /** A {@code **kwargs} style catch-all: the action accepts input keys beyond its named parameters. */
    public static ActionParameter anyOther(String name) {
        return new ActionParameter("**" + name, false, null, false);
    }

    public boolean isCatchAll() {
        return name.startsWith("**");
    }
}
