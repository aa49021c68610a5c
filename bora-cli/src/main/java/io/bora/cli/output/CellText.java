package io.bora.cli.output;

/** Text of a cell as Python's str() gives it, which is what cliff prints. */
public final class CellText {
    private CellText() {
    }

    public static String of(Object cell) {
        if (cell == null) {
            return "None";
        }
        if (cell instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (cell instanceof Double d) {
            return io.bora.py.PyRepr.floatRepr(d);
        }
        // cliff turns "\r\n" into "\n" and lone "\r" into a space before drawing the table.
        return cell.toString().replace("\r\n", "\n").replace('\r', ' ');
    }
}
