package io.bora.server.rest;

import java.util.List;

/**
 * The running Bora nodes for {@code GET /v2/services}. Without one, the endpoint answers 406
 * {@code Service API is not supported.} as Mistral does without a coordination backend.
 */
@FunctionalInterface
public interface ServiceDirectory {
    /** @return one entry per role group of each node, e.g. {@code ("host1_1234", "executor_group")} */
    List<Service> services();

    record Service(String name, String type) {
    }
}
