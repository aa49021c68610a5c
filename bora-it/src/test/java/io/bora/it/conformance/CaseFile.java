package io.bora.it.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** One case file, and the selection of case files a run covers. */
record CaseFile(int index, Path path) {
    /** The file's base name without {@code .json}; the name the filter and known-failures use. */
    String baseName() {
        String f = path.getFileName().toString();
        return f.substring(0, f.length() - ".json".length());
    }

    /**
     * Every {@code *.json} under {@code dir} (recursively), ordered by file name, then kept if its
     * base name contains or glob-matches one of the comma-separated {@code only} patterns. The
     * index (the position in the selection, as run.py numbers them) makes each case's name prefix
     * unique within the run.
     */
    static List<CaseFile> collect(Path dir, String only) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list conformance cases in " + dir, e);
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString(), PyJson.CODE_POINT_ORDER)
                .thenComparing(Path::toString, PyJson.CODE_POINT_ORDER));
        List<CaseFile> out = new ArrayList<>();
        for (Path f : files) {
            CaseFile c = new CaseFile(out.size(), f);
            if (selected(c.baseName(), only)) out.add(c);
        }
        return out;
    }

    private static boolean selected(String base, String only) {
        if (only == null || only.isBlank()) return true;
        for (String p : only.split(",")) {
            if (base.contains(p) || IgnorePaths.glob(p).matcher(base).matches()) return true;
        }
        return false;
    }
}
