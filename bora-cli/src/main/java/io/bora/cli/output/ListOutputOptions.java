package io.bora.cli.output;

import io.bora.cli.CliException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Option;

/** cliff's extra options for list commands: client-side sorting and the csv format. */
public final class ListOutputOptions extends OutputOptions {
    @Option(names = "--sort-column", paramLabel = "SORT_COLUMN",
            description = "Column to sort the rows by; repeat to sort by several (the first has precedence).")
    List<String> sortColumns = new ArrayList<>();

    @Option(names = "--sort-ascending", description = "Sort the column(s) in ascending order (default).")
    boolean ascending;

    @Option(names = "--sort-descending", description = "Sort the column(s) in descending order.")
    boolean descending;

    @Option(names = "--quote", paramLabel = "{all,minimal,none,nonnumeric}",
            description = "When to include quotes in csv output (default: nonnumeric).")
    String quote = "nonnumeric";

    @Override
    protected List<String> formats() {
        return List.of("csv", "json", "table", "value", "yaml");
    }

    @Override
    public void printList(PrintStream out, Listing listing) {
        if (ascending && descending) {
            throw new CliException("argument --sort-descending: not allowed with argument --sort-ascending");
        }
        Listing sorted = sorted(listing);
        if (format.equals("csv")) {
            out.print(Csv.write(pickColumns(sorted), quote));
        } else {
            super.printList(out, sorted);
        }
    }

    /**
     * Sorts like cliff: one stable sort per column, last named first, Nones last; a column whose values
     * cannot be compared with each other (text and numbers) is left unsorted.
     */
    private Listing sorted(Listing listing) {
        List<List<Object>> rows = new ArrayList<>(listing.rows());
        for (int i = sortColumns.size() - 1; i >= 0; i--) {
            int index = listing.columns().indexOf(sortColumns.get(i));
            if (index < 0 || !comparable(rows, index)) {
                continue;
            }
            Comparator<List<Object>> byColumn = Comparator.comparing((List<Object> r) -> r.get(index) == null)
                    .thenComparing(r -> r.get(index), ListOutputOptions::compareValues);
            rows.sort(descending ? byColumn.reversed() : byColumn);
        }
        return new Listing(listing.columns(), rows);
    }

    private static boolean comparable(List<List<Object>> rows, int index) {
        boolean text = false;
        boolean number = false;
        for (List<Object> row : rows) {
            Object v = row.get(index);
            text |= v instanceof String;
            number |= v instanceof Number || v instanceof Boolean;
        }
        return !(text && number);
    }

    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        return Double.compare(number(a), number(b));
    }

    private static double number(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }
}
