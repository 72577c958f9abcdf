package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.careweave.internal.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule whose consequence throws: a clean error in {@code plan}, a reported failed scenario in {@code test}. */
class ThrowingRuleTest {

    @TempDir
    Path root;
    Path rules;

    @BeforeEach
    void fixture() {
        rules = Fixture.write(root.resolve("rules"));
        Fixture.write(rules, "boom/boom.drl", """
                package careweave.boom;

                import org.careweave.model.*;

                rule "Walking findings blow up"
                    @source("test")
                when
                    Finding( area == "walk-150-feet" )
                then
                    throw new IllegalStateException("born 1951-04-02");
                end
                """);
    }

    @Test
    void planSaysWhichRuleThrewWithoutAStackTraceAndExitsOne() {
        Fixture.write(root, "walk.json", Fixture.WALK_CASE);
        Fixture.Cli r = Fixture.run("plan", root.resolve("walk.json").toString(), "--rules", rules.toString());
        assertEquals(Main.RULES_FAILED, r.exit());
        assertEquals("", r.out());
        // the file as the user named the folder (issue 11, fresh-user trial: it said rules/boom/boom.drl)
        assertEquals("the rules could not make a plan: rule \"Walking findings blow up\" in " + rules + "/boom/boom.drl "
                + "failed: IllegalStateException in its consequence\n", r.err());
    }

    @Test
    void testReportsTheScenarioAsFailedAndRunsTheOthers() {
        Path scenarios = root.resolve("scenarios");
        Fixture.write(scenarios, "walk.json", Fixture.WALK_CASE);
        Fixture.write(scenarios, "walk.expected.json", "{ \"leads\": { \"walk-150-feet\": \"pt\" } }");
        Fixture.write(scenarios, "dressing.json", Fixture.WALK_CASE.replace("walk-150-feet", "lower-body-dressing"));
        Fixture.write(scenarios, "dressing.expected.json", "{ \"leads\": { \"lower-body-dressing\": \"ot\" } }");
        Fixture.Cli r = Fixture.run("test", "--rules", rules.toString(), scenarios.toString());
        assertEquals(Main.RULES_FAILED, r.exit(), r.out() + r.err());
        String all = r.out() + r.err();
        assertTrue(all.contains("walk") && all.contains("\"Walking findings blow up\""), all);
        assertTrue(all.contains("1 passed") || all.contains("1 of 2"), all);
        assertFalse(all.contains("\tat "), "no stack trace: " + all);
        assertFalse(all.contains("1951"), all);
    }
}
