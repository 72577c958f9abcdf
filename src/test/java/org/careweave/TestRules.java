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
