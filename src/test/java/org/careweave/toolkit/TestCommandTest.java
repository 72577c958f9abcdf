package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careweave test}: failing scenarios as diffs, a count line, coverage; exit 1 on failure, 2 if malformed. */
class TestCommandTest {

    @TempDir
    Path root;
    Path rules;
    Path scenarios;

    @BeforeEach
    void fixture() {
        rules = Fixture.write(root.resolve("rules"));
        scenarios = root.resolve("scenarios");
        Fixture.write(scenarios, "walk.json", Fixture.WALK_CASE);
        Fixture.write(scenarios, "walk.expected.json", """
                { "disciplines": { "pt": true, "ot": false }, "leads": { "walk-150-feet": "pt" } }
                """);
    }

    private Fixture.Cli test(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "test";
        args[1] = "--rules";
        args[2] = rules.toString();
        args[3] = scenarios.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Fixture.run(args);
    }

    @Test
    void passingScenariosExitZeroAndEndWithTheCountLine() {
        Fixture.Cli r = test();
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("1 passed, 0 failed\n"), r.out());
    }

    /**
     * bill42 (as diff since D10): a scenario whose expectation or case is a link to a file outside the folder is not
     * read; stderr says the links once, and the folder's own scenario runs. Here the outside scenario would fail
     * (its expectation is wrong), so reading it would exit 1.
     */
    @Test
    void scenarioLinksLeadingOutOfTheFolderAreSkippedAndSaidOnce() throws Exception {
        Path outside = root.resolve("outside");
        Fixture.write(outside, "far.json", Fixture.WALK_CASE);
        Fixture.write(outside, "far.expected.json", """
                { "leads": { "walk-150-feet": "ot" } }
                """);
        java.nio.file.Files.createSymbolicLink(scenarios.resolve("far.json"), outside.resolve("far.json"));
        java.nio.file.Files.createSymbolicLink(scenarios.resolve("far.expected.json"),
                outside.resolve("far.expected.json"));
        Fixture.Cli r = test();
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("1 passed, 0 failed\n"), r.out());
        assertEquals("careweave test: skipped 2 symbolic links leading out of " + scenarios + ", not followed:"
                + " far.expected.json, far.json\n", r.err());
    }

    @Test
    void aFailingScenarioShowsExpectedActualAndTheDecidingRuleAndExitsOne() {
        Fixture.write(scenarios, "wrong-lead.json", Fixture.WALK_CASE);
        Fixture.write(scenarios, "wrong-lead.expected.json", """
                { "leads": { "walk-150-feet": "ot" } }
                """);
        Fixture.Cli r = test();
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("FAIL wrong-lead (" + scenarios.resolve("wrong-lead.json") + ")\n"
                + "  lead of walk-150-feet\n"
                + "        expected: ot\n"
                + "        actual:   pt\n"
                + "        decided by: A Section GG item at level 4 or below is a need;"
                + " Walking is how the body moves, so PT leads it\n"), r.out());
        assertTrue(r.out().contains("\n1 passed, 1 failed\n"), r.out());
    }

    @Test
    void aMissingGoalNamesTheRulesThatDecidedItsProblem() {
        Fixture.write(scenarios, "goal.json", Fixture.WALK_CASE);
        Fixture.write(scenarios, "goal.expected.json", """
                { "goals": [ { "discipline": "pt", "area": "walk-150-feet" } ] }
                """);
        Fixture.Cli r = test();
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("FAIL goal (" + scenarios.resolve("goal.json") + ")\n"
                + "  goals\n"
                + "        expected: {\"discipline\":\"pt\",\"area\":\"walk-150-feet\"}\n"
                + "        actual:   []\n"
                + "        decided by: A Section GG item at level 4 or below is a need;"
                + " Walking is how the body moves, so PT leads it\n"), r.out());
    }

    @Test
    void aMissingScenarioFolderIsBadInput() {
        Fixture.Cli r = Fixture.run("test", "--rules", rules.toString(), root.resolve("nowhere").toString());
        assertEquals(2, r.exit());
        assertEquals(root.resolve("nowhere") + ": no such scenario folder\n", r.err());
    }

    /**
     * Coverage names a rule as validate names a problem: the folder given to --rules, the file and the rule's line
     * (before, it said rules/split/split.drl whatever the folder, and no line).
     */
    @Test
    void coverageListsTheRuleNoScenarioFired() {
        Fixture.Cli r = test();
        int dressing = lineOf(Fixture.SPLIT, "rule \"Dressing is a daily occupation, so OT leads it\"");
        int needs = lineOf(Fixture.NEEDS, "rule \"A Section GG item at level 4 or below is a need\"");
        assertTrue(r.out().contains("coverage: 6 of 7 rules fired (85.7%)\n"
                + "rules no scenario fired:\n"
                + "  " + rules + "/split/split.drl:" + dressing + ": \"Dressing is a daily occupation, so OT leads it\"\n"),
                r.out());
        assertTrue(r.out().contains("       1    1  " + rules + "/needs/needs.drl:" + needs
                + ": \"A Section GG item at level 4 or below is a need\""), r.out());
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void coverageJsonPutsOnlyAJsonDocumentOnStdout() throws Exception {
        Fixture.Cli r = test("--coverage", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.at("/scenarios/passed").asInt());
        assertEquals(0, json.at("/scenarios/failed").asInt());
        assertEquals(7, json.at("/coverage/rules").asInt());
        assertEquals(6, json.at("/coverage/fired").asInt());
        assertEquals("Dressing is a daily occupation, so OT leads it", json.at("/coverage/notFired/0/rule").asText());
        assertEquals("rules/split/split.drl", json.at("/coverage/notFired/0/file").asText());
        assertEquals(lineOf(Fixture.SPLIT, "rule \"Dressing is a daily occupation, so OT leads it\""),
                json.at("/coverage/notFired/0/line").asInt());
        JsonNode needs = null;
        for (JsonNode rule : json.at("/coverage/byRule")) {
            if (rule.path("rule").asText().equals("A Section GG item at level 4 or below is a need")) {
                needs = rule;
            }
        }
        assertEquals("rules/needs/needs.drl", needs.path("file").asText());
        assertEquals(1, needs.path("firings").asInt());
        assertEquals("walk", needs.at("/scenarios/0").asText());
        assertTrue(r.err().contains("1 passed, 0 failed"), r.err());
    }

    @Test
    void aCaseWithABadFieldIsMalformedNamingFileAndPointer() {
        Fixture.write(scenarios, "typo.json", Fixture.WALK_CASE.replace("\"findings\"", "\"findngs\""));
        Fixture.write(scenarios, "typo.expected.json", "{}");
        Fixture.Cli r = test();
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(scenarios.resolve("typo.json") + ": /findngs: unknown field"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownExpectationKeyIsMalformedNamingItsPointer() {
        Fixture.write(scenarios, "walk.expected.json", """
                { "lead": { "walk-150-feet": "pt" }, "claims": [ { "date": "2026-11-21", "code": "97116" } ] }
                """);
        Fixture.Cli r = test();
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(scenarios.resolve("walk.expected.json") + ": /lead: unknown expectation"), r.err());
        assertTrue(r.err().contains(scenarios.resolve("walk.expected.json") + ": /claims/0/discipline: required"),
                r.err());
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        Fixture.write(scenarios, "walk.expected.json", "{ \"leads\": { \"walk-150-feet\": pt } }");
        Fixture.Cli r = test();
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(scenarios.resolve("walk.expected.json") + ": malformed JSON at line 1, column"),
                r.err());
    }

    @Test
    void anExpectationWithoutItsCaseIsMalformed() {
        Fixture.write(scenarios, "orphan.expected.json", "{}");
        Fixture.Cli r = test();
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(scenarios.resolve("orphan.json") + ": no such file"), r.err());
    }

    @Test
    void rulesThatDoNotCompileExitOneWithFileAndLine() {
        Fixture.write(rules, "split/split.drl", Fixture.SPLIT.replace("area == \"walk-150-feet\" )", "area == )"));
        Fixture.Cli r = test();
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(rules + "/split/split.drl:8:"), r.err()); // under the folder given, file:line:column
    }

    /**
     * A rule whose {@code @source} was deleted: validate refused the folder, but test and plan --rules planned with
     * it (exit 0) and every reason of that rule had source null, which CONTRACT.md's reasons never lack (hostile
     * trial, 2 December 2026). Now every command that reads the folder refuses it at the rule's header line, in
     * validate's words, exit 1, no plan.
     */
    @Test
    void aRuleWithoutSourceIsRefusedByTestAndPlanAsByValidate() {
        String split = Fixture.SPLIT.replace("    @source(\"002_0d7985077083f547.txt: one lead per problem\")\n", "");
        Fixture.write(rules, "split/split.drl", split);
        // the header's line, counted by hand in the text written: the third rule's "rule" line
        int line = split.substring(0, split.indexOf("rule \"The usual owner")).split("\n", -1).length;
        String said = rules + "/split/split.drl:" + line + ": rule \"The usual owner of the area leads it\" has no"
                + " @source(\"...\")";
        Fixture.Cli t = test();
        assertEquals(1, t.exit(), t.out() + t.err());
        assertTrue(t.err().contains(said), t.err());
        Fixture.Cli p = Fixture.run("plan", scenarios.resolve("walk.json").toString(), "--rules", rules.toString());
        assertEquals(1, p.exit(), p.err());
        assertEquals("", p.out());
        assertTrue(p.err().contains(said), p.err());
        assertTrue(!p.err().contains("\tat "), p.err());
        Fixture.Cli v = Fixture.run("validate", rules.toString());
        assertEquals(1, v.exit());
        assertEquals(1, v.err().split(java.util.regex.Pattern.quote(said), -1).length - 1, v.err());
    }
}
