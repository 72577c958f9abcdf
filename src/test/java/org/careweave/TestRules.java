package org.careweave;

import java.nio.file.Path;

/** The real {@code rules/} folder, compiled once for the whole test run. */
public final class TestRules {

    public static final Path RULES = Path.of("rules");
    public static final Path EXAMPLES = Path.of("examples");

    private static CarePlanner planner;

    private TestRules() {}

    public static synchronized CarePlanner planner() {
        if (planner == null) {
            planner = CarePlanner.fromDirectory(RULES);
        }
        return planner;
    }
}
