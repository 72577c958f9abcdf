package org.careweave;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.careweave.internal.engine.Planner;

/** The real {@code rules/} folder, compiled once for the whole test run. */
public final class TestRules {

    public static final Path RULES = Path.of("rules");
    public static final Path EXAMPLES = Path.of("examples");

    private static Planner planner;

    private TestRules() {}

    public static synchronized Planner planner() {
        if (planner == null) {
            planner = Planner.fromDirectory(RULES);
        }
        return planner;
    }

    /**
     * The contract's largest claim: {@code dates} consecutive visit dates from 2024-01-01, each with four 15-minute
     * services (PT 97110 and 97116, OT 97535 and 97530), as the contents of a case's {@code "visits"} array.
     */
    public static String fourServicesADay(int dates) {
        StringBuilder visits = new StringBuilder();
        java.time.LocalDate day = java.time.LocalDate.parse("2024-01-01");
        for (int v = 0; v < dates; v++) {
            visits.append(v == 0 ? "" : ",").append("{\"date\":\"").append(day.plusDays(v))
                    .append("\",\"services\":[")
                    .append("{\"discipline\":\"pt\",\"code\":\"97110\",\"minutes\":15},")
                    .append("{\"discipline\":\"pt\",\"code\":\"97116\",\"minutes\":15},")
                    .append("{\"discipline\":\"ot\",\"code\":\"97535\",\"minutes\":15},")
                    .append("{\"discipline\":\"ot\",\"code\":\"97530\",\"minutes\":15}]}");
        }
        return visits.toString();
    }

    /** Copies a folder tree (e.g. {@code rules/}) so a test can edit the copy; files keep their relative paths. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
