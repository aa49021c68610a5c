package io.bora.cli.command;

import io.bora.cli.CliException;
import io.bora.cli.http.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every mistral list command shares: paging, sorting and {@code --filter key=value}. */
public final class ListOptions {
    static final int EXECUTION_PAGE = 100;

    @Option(names = "--marker", paramLabel = "ID", description = "Id (or name) of the last item of the previous page.")
    String marker = "";

    @Option(names = "--limit", paramLabel = "N",
            description = "Maximum number of entries to return (execution-type lists: 100 by default, -1 for all).")
    Integer limit;

    @Option(names = "--sort_keys", paramLabel = "KEYS", description = "Comma-separated sort keys. Default: created_at.")
    String sortKeys = "created_at";

    @Option(names = "--sort_dirs", paramLabel = "DIRS", description = "Comma-separated sort directions. Default: asc.")
    String sortDirs = "asc";

    @Option(names = "--filter", paramLabel = "KEY=VALUE",
            description = "Filter, e.g. state=eq:SUCCESS or name=has:abc. Can be repeated.")
    List<String> filters = new ArrayList<>();

    /** One page request and whether the rows must be reversed for display. */
    record Page(Query query, boolean reverse) {
    }

    /** Ordinary lists: what the user asked, nothing more. */
    Page plain(List<String> fields, Map<String, String> extra) {
        return new Page(query(limit, sortDirs, fields, extra), false);
    }

    /**
     * Execution-type lists (executions, tasks, action executions) show the newest 100: with no marker and
     * the default sort they fetch newest first and reverse, unless {@code --oldest}.
     */
    Page executions(boolean oldest, List<String> fields, Map<String, String> extra) {
        Integer pageSize = limit == null ? EXECUTION_PAGE : limit;
        boolean newestFirst = marker.isEmpty() && sortDirs.equals("asc") && sortKeys.equals("created_at") && !oldest;
        return new Page(query(pageSize, newestFirst ? "desc" : sortDirs, fields, extra), newestFirst);
    }

    private Query query(Integer pageSize, String dirs, List<String> fields, Map<String, String> extra) {
        Query q = Query.of()
                .addIfPresent("marker", marker)
                .add("limit", pageSize != null && pageSize > 0 ? pageSize : null)
                .addIfPresent("sort_keys", sortKeys)
                .addIfPresent("sort_dirs", dirs)
                .addIfPresent("fields", String.join(",", fields));
        Map<String, String> all = new LinkedHashMap<>(parsedFilters());
        all.putAll(extra);
        all.forEach(q::add);
        return q;
    }

    private Map<String, String> parsedFilters() {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String f : filters) {
            String[] kv = f.split("=", -1);
            if (kv.length != 2) {
                throw new CliException("Invalid filter: " + f);
            }
            parsed.put(kv[0], kv[1]);
        }
        return parsed;
    }
}
