package io.bora.server.service;

/** Definitions live in namespaces; the default namespace is the empty string. */
public final class Namespaces {
    private Namespaces() {
    }

    public static String normalize(String namespace) {
        return namespace == null ? "" : namespace;
    }
}
