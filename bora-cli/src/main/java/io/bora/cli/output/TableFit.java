package io.bora.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * cliff's {@code --max-width}: when a table is wider than the limit, the columns wider than an equal share
 * of the space are capped so that the table fits, never below a minimum width (8 for lists, 16 for Field/Value).
 */
final class TableFit {
    private TableFit() {
    }

    /** Per-column caps (0 = none) for a table whose natural column widths are {@code widths}. */
    static int[] maxWidths(int[] widths, int termWidth, int minWidth) {
        int[] caps = new int[widths.length];
        int tableWidth = 1;
        for (int w : widths) {
            tableWidth += w + 3;
        }
        if (termWidth <= 0 || widths.length == 0 || tableWidth <= termWidth) {
            return caps;
        }
        int usable = Math.max(0, termWidth - 1 - 3 * widths.length);
        int optimal = Math.max(0, usable / widths.length);
        List<Integer> shrink = new ArrayList<>();
        int remaining = usable;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] <= optimal) {
                remaining -= widths[i];
            } else {
                shrink.add(i);
            }
        }
        if (shrink.isEmpty()) {
            return caps;
        }
        int shrinkTo = Math.floorDiv(remaining, shrink.size());
        for (int k = 0; k < shrink.size() - 1; k++) {
            caps[shrink.get(k)] = Math.max(minWidth, shrinkTo);
            remaining -= shrinkTo;
        }
        caps[shrink.get(shrink.size() - 1)] = Math.max(minWidth, remaining);
        return caps;
    }

    /** The natural width of each column: the widest of its title and its cells' lines. */
    static int[] naturalWidths(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = PrettyTable.width(headers.get(i));
            for (List<String> row : rows) {
                for (String line : (i < row.size() ? row.get(i) : "").split("\n", -1)) {
                    widths[i] = Math.max(widths[i], PrettyTable.width(line));
                }
            }
        }
        return widths;
    }
}
