package org.careweave.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;

/**
 * The bundled examples fire every bundled rule: a rule no example fires is a rule nothing tests. A new rule needs
 * an example that fires it; {@code ./careweave test --rules rules examples} lists the rules no scenario fired.
 */
class BundledCoverageTest {

    @Test
    void theBundledExamplesFireEveryBundledRule() {
        ScenarioRunner.Report report = ScenarioRunner.run(TestRules.planner().rules(),
                ScenarioLoader.load(TestRules.EXAMPLES));
        assertTrue(report.coverage().notFired().isEmpty(), () -> "rules no example fires:\n  "
                + report.coverage().notFired().stream().map(r -> r.file() + ": \"" + r.rule() + "\"")
                        .collect(Collectors.joining("\n  ")));
    }
}
