package io.bora.server.service;

import java.util.Map;

/**
 * What a stored workflow offers its callers, derived from its definition text.
 *
 * @param input     Mistral's input signature string ({@code x, y="5"})
 * @param iface     {@code {"input": [raw input list], "output": [output keys]}}
 */
public record WorkflowInterface(String input, Map<String, Object> iface) {
}
