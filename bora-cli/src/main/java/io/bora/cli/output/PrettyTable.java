package io.bora.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a table the way cliff's table formatter (PrettyTable, left aligned, padding 1) does:
 * {@code +---+} borders, a header block, and multi-line cells spread over continuation lines.
 */
public final class PrettyTable {
    private PrettyTable() {
    }

    public static String render(List<String> headers, List<List<String>> rows) {
        return render(headers, rows, new boolean[headers.size()]);
    }

    /** @param rightAligned per column: right-aligned (header included), as cliff does for numeric columns */
    public static String render(List<String> headers, List<List<String>> rows, boolean[] rightAligned) {
        return render(headers, rows, rightAligned, new int[headers.size()]);
    }

    /**
     * @param maxWidths per column, 0 for none: a column is no wider than this (or its title), and longer
     *                  lines of its cells are wrapped with textwrap, as PrettyTable's max_width does
     */
    public static String render(List<String> headers, List<List<String>> rows, boolean[] rightAligned,
                                int[] maxWidths) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                int size = 0;
                for (String line : cell(row, i).split("\n", -1)) {
                    size = Math.max(size, width(line));
                }
                widths[i] = Math.max(widths[i], maxWidths[i] > 0 ? Math.min(size, maxWidths[i]) : size);
            }
        }
        List<List<String[]>> split = new ArrayList<>();
        for (List<String> row : rows) {
            List<String[]> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                List<String> lines = new ArrayList<>();
                for (String line : cell(row, i).split("\n", -1)) {
                    lines.addAll(width(line) > widths[i]
                            ? List.of(TextWrap.fill(line, widths[i]).split("\n", -1)) : List.of(line));
                }
                cells.add(lines.toArray(String[]::new));
            }
            split.add(cells);
        }
        StringBuilder border = new StringBuilder("+");
        for (int w : widths) {
            border.append("-".repeat(w + 2)).append('+');
        }
        StringBuilder sb = new StringBuilder();
        sb.append(border).append('\n');
        appendLine(sb, headers.toArray(String[]::new), widths, rightAligned);
        sb.append(border).append('\n');
        for (List<String[]> cells : split) {
            int height = cells.stream().mapToInt(c -> c.length).max().orElse(1);
            for (int line = 0; line < height; line++) {
                String[] parts = new String[widths.length];
                for (int i = 0; i < widths.length; i++) {
                    String[] c = cells.get(i);
                    parts[i] = line < c.length ? c[line] : "";
                }
                appendLine(sb, parts, widths, rightAligned);
            }
        }
        sb.append(border);
        return sb.toString();
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    private static void appendLine(StringBuilder sb, String[] parts, int[] widths, boolean[] rightAligned) {
        sb.append('|');
        for (int i = 0; i < widths.length; i++) {
            String pad = " ".repeat(widths[i] - width(parts[i]));
            sb.append(' ').append(rightAligned[i] ? pad + parts[i] : parts[i] + pad).append(" |");
        }
        sb.append('\n');
    }

    /** Width in code points (Python's len), so non-BMP characters count once. */
    static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
