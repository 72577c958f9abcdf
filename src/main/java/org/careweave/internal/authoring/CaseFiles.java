package org.careweave.internal.authoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the cases a diff plans: an NDJSON file (one case per line) or a folder of case files. */
public final class CaseFiles {

    /**
     * One case's text and where it came from.
     *
     * @param origin {@code path} for a case file, {@code path:line} (1-based) for an NDJSON line
     * @param json   the case JSON, not yet read against a rule set's vocabularies
     */
    public record CaseText(String origin, String json) {}

    private CaseFiles() {}

    /**
     * Reads {@code path}: a folder gives every {@code *.json} file under it (subfolders included, scenario
     * expectations {@code *.expected.json}, FHIR bundles {@code *.bundle.json} and CDS requests
     * {@code *.request.json} left out) in path order; a file gives one case per non-blank line.
     *
     * @param path a folder of case files or an NDJSON file
     * @return the cases' texts with their origins, in file (or line) order
     * @throws IOException when the path cannot be read
     */
    public static List<CaseText> read(Path path) throws IOException {
        List<CaseText> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                        // FHIR bundles and CDS Hooks requests (examples/fhir/) are not careweave cases
                        .filter(p -> !p.toString().endsWith(".bundle.json") && !p.toString().endsWith(".request.json"))
                        .sorted().toList()) {
                    out.add(new CaseText(f.toString(), Files.readString(f)));
                }
            }
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    out.add(new CaseText(path + ":" + n, line));
                }
            }
        }
        return out;
    }
}
