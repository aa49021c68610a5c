package io.bora.server.service;

/** The project every resource belongs to while authentication (multi-tenancy) is off. */
public final class Projects {
    public static final String DEFAULT = "<default-project>";

    private Projects() {
    }
}
