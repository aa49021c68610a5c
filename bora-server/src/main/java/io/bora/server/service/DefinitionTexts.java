package io.bora.server.service;

import java.util.regex.Pattern;

/**
 * The texts Mistral stores per definition. The parser renders each workflow or action as a
 * standalone document ({@code version: '2.0'} first); Mistral keeps a workbook's sections
 * without that header and writes a multi-workflow upload's sections with the header directly
 * above the name.
 */
public final class DefinitionTexts {
    private static final Pattern HEADER = Pattern.compile("\\A(---\\s*\\n)?version:\\s*['\"]?2\\.0['\"]?\\s*\\n(\\s*\\n)*");
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version\\s*:");

    private DefinitionTexts() {
    }

    /** A workbook section: the text without the version header. */
    public static String section(String parserText) {
        if (parserText == null) {
            return null;
        }
        return HEADER.matcher(parserText).replaceFirst("");
    }

    /** A workflow of a multi-workflow upload: {@code version: '2.0'} then the workflow. */
    static String standalone(String parserText) {
        if (parserText == null) {
            return null;
        }
        return "version: '2.0'\n" + section(parserText);
    }

    /** A stored text the parser can read on its own (workbook sections lack the version). */
    static String parsable(String stored) {
        return VERSION_LINE.matcher(stored).find() ? stored : "version: '2.0'\n" + stored;
    }
}
