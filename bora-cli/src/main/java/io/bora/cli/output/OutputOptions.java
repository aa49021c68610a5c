package io.bora.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** cliff's output options ({@code -f}, {@code -c}, {@code --noindent}, {@code --prefix}) and the formatters behind them. */
public class OutputOptions {
    String format = "table";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Checked while parsing, so a wrong format is a usage error (exit 2) before anything is sent. */
    @Option(names = {"-f", "--format"}, paramLabel = "FORMATTER",
            description = "Output format: table (default), json, yaml, value; shell for single objects, csv for lists.")
    void setFormat(String value) {
        if (!formats().contains(value)) {
            throw new ParameterException(command.commandLine(), "argument -f/--format: invalid choice: '" + value
                    + "' (choose from " + String.join(", ", formats()) + ")");
        }
        this.format = value;
    }

    /** The formats cliff offers for this kind of command. */
    protected List<String> formats() {
        return List.of("json", "shell", "table", "value", "yaml");
    }

    @Option(names = {"-c", "--column"}, paramLabel = "COLUMN",
            description = "Column to include; repeat to include several (default: all).")
    List<String> columns = new ArrayList<>();

    @Option(names = "--max-width", paramLabel = "<integer>",
            description = "Maximum table width, <1 to disable (default: $CLIFF_MAX_TERM_WIDTH or 0).")
    int maxWidth = envInt("CLIFF_MAX_TERM_WIDTH");

    @Option(names = "--fit-width", description = "Fit the table to $COLUMNS (also when $CLIFF_FIT_WIDTH=1).")
    boolean fitWidth = envInt("CLIFF_FIT_WIDTH") != 0;

    @Option(names = "--noindent", description = "Print JSON on one line.")
    boolean noindent;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "Prefix for variable names (shell format).")
    String prefix = "";

    public void printList(PrintStream out, Listing listing) {
        Listing picked = pickColumns(listing);
        List<String> cols = picked.columns();
        List<List<Object>> rows = picked.rows();
        switch (format) {
            case "table" -> out.println(table(cols, rows.stream().map(r -> r.stream().map(CellText::of).toList()).toList(),
                    numericColumns(cols.size(), rows), 8));
            case "json" -> {
                var array = JsonNodeFactory.instance.arrayNode();
                rows.forEach(r -> array.add(object(cols, r)));
                out.println(json(array));
            }
            case "yaml" -> out.print(PyYaml.sequence(cols, rows));
            case "value" -> rows.forEach(r -> out.println(r.stream().map(CellText::of).collect(Collectors.joining(" "))));
            default -> throw badFormat("csv, json, table, value, yaml");
        }
    }

    public void printOne(PrintStream out, Record record) {
        int[] keep = selected(record.fields());
        List<String> fields = pick(record.fields(), keep);
        List<Object> values = pick(record.values(), keep);
        switch (format) {
            case "table" -> {
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    rows.add(List.of(fields.get(i), CellText.of(values.get(i))));
                }
                out.println(table(List.of("Field", "Value"), rows, new boolean[2], 16));
            }
            case "json" -> out.println(json(object(fields, values)));
            case "yaml" -> out.print(PyYaml.mapping(fields, values));
            case "value" -> values.forEach(v -> out.println(CellText.of(v)));
            case "shell" -> {
                for (int i = 0; i < fields.size(); i++) {
                    String name = fields.get(i).toLowerCase().replace(' ', '_');
                    out.println(prefix + name + "=\"" + CellText.of(values.get(i)).replace("\"", "\\\"") + "\"");
                }
            }
            default -> throw badFormat("table, json, yaml, value, shell");
        }
    }

    private String table(List<String> headers, List<List<String>> rows, boolean[] right, int minWidth) {
        int limit = maxWidth > 0 ? maxWidth : fitWidth ? envInt("COLUMNS") : 0;
        int[] caps = TableFit.maxWidths(TableFit.naturalWidths(headers, rows), limit, minWidth);
        return PrettyTable.render(headers, rows, right, caps);
    }

    private static int envInt(String name) {
        try {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? 0 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The listing reduced to the -c columns. */
    protected Listing pickColumns(Listing listing) {
        int[] keep = selected(listing.columns());
        return new Listing(pick(listing.columns(), keep), listing.rows().stream().map(r -> pick(r, keep)).toList());
    }

    /** cliff right-aligns the columns whose value in the first row is a number (not a boolean). */
    private static boolean[] numericColumns(int n, List<List<Object>> rows) {
        boolean[] right = new boolean[n];
        for (int i = 0; !rows.isEmpty() && i < n && i < rows.get(0).size(); i++) {
            right[i] = rows.get(0).get(i) instanceof Number;
        }
        return right;
    }

    /** Indices of the columns to show, in the original column order (cliff ignores the order of -c). */
    private int[] selected(List<String> all) {
        if (columns.isEmpty()) {
            return java.util.stream.IntStream.range(0, all.size()).toArray();
        }
        int[] keep = java.util.stream.IntStream.range(0, all.size()).filter(i -> columns.contains(all.get(i))).toArray();
        if (keep.length == 0) {
            throw new CliException("No recognized column names in " + columns + ". Recognized columns are " + all + ".");
        }
        return keep;
    }

    private static <T> List<T> pick(List<T> list, int[] keep) {
        List<T> out = new ArrayList<>(keep.length);
        for (int i : keep) {
            out.add(i < list.size() ? list.get(i) : null);
        }
        return out;
    }

    private String json(JsonNode node) {
        return noindent ? PyJson.dumps(node) : PyJson.dumps(node, 2);
    }

    private static ObjectNode object(List<String> names, List<Object> values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < names.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                node.putNull(names.get(i));
            } else if (v instanceof Boolean b) {
                node.put(names.get(i), b);
            } else if (v instanceof BigInteger n) {
                node.put(names.get(i), n);
            } else if (v instanceof Double n) {
                node.put(names.get(i), n);
            } else if (v instanceof Number n) {
                node.put(names.get(i), new BigDecimal(n.toString()));
            } else {
                node.put(names.get(i), v.toString());
            }
        }
        return node;
    }

    private CliException badFormat(String choices) {
        return new CliException("argument -f/--format: invalid choice: '" + format + "' (choose from " + choices + ")");
    }
}
