package io.bora.server.rest.query;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a collection endpoint accepts: its resource fields (in Mistral's attribute order, which
 * error messages list), filterable fields, uuid-typed parameters, extra parameters and defaults.
 *
 * @param collection      path segment and response key ({@code workflows})
 * @param fields          every attribute of the resource ({@code fields=} and sort keys)
 * @param filters         attributes usable as {@code <field>=<op>:<value>}
 * @param uuidParams      parameters WSME types as uuid: a non-uuid value (also {@code in:...}) is a 400
 * @param extraParams     other accepted parameters that are not filters ({@code include_output})
 * @param defaultSortKey  {@code created_at}, or {@code name} for actions
 * @param markerNotFound  the 404 message for an unknown marker id
 */
public record ResourceSchema(
        String collection,
        List<String> fields,
        Set<String> filters,
        Set<String> uuidParams,
        Set<String> extraParams,
        String defaultSortKey,
        Function<String, String> markerNotFound) {

    public static final Set<String> PAGING_PARAMS =
            Set.of("marker", "limit", "sort_keys", "sort_dirs", "fields", "all_projects");

    public boolean accepts(String param) {
        return PAGING_PARAMS.contains(param) || filters.contains(param) || extraParams.contains(param);
    }
}
