package io.bora.cli.output;

import io.bora.cli.CliException;
import java.util.List;

/** Python's csv.writer as cliff configures it: a header row, "\n" line ends, backslash as escape character. */
final class Csv {
    private Csv() {
    }

    static String write(Listing listing, String quoting) {
        if (!List.of("all", "minimal", "none", "nonnumeric").contains(quoting)) {
            throw new CliException("argument --quote: invalid choice: '" + quoting
                    + "' (choose from 'all', 'minimal', 'none', 'nonnumeric')");
        }
        StringBuilder sb = new StringBuilder();
        row(sb, listing.columns().stream().map(c -> (Object) c).toList(), quoting);
        listing.rows().forEach(r -> row(sb, r, quoting));
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<Object> cells, String quoting) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            field(sb, cells.get(i), quoting);
        }
        sb.append('\n');
    }

    private static void field(StringBuilder sb, Object cell, String quoting) {
        String text = cell == null ? "" : CellText.of(cell);
        boolean numeric = cell instanceof Number || cell instanceof Boolean;
        boolean quote = switch (quoting) {
            case "all" -> true;
            case "nonnumeric" -> !numeric;
            case "minimal" -> text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0;
            default -> false;
        };
        StringBuilder f = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\') {
                f.append("\\\\");
            } else if (c == '"') {
                f.append(quote ? "\"\"" : "\\\"");
            } else if (!quote && (c == ',' || c == '\n' || c == '\r')) {
                f.append('\\').append(c);
            } else {
                f.append(c);
            }
        }
        sb.append(quote ? "\"" + f + "\"" : f);
    }
}
