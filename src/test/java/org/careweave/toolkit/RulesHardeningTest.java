package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.careweave.RuleProblem;
import org.careweave.internal.cli.Main;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.engine.RuleWatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that compile but cannot plan fail {@code validate} at file:line, and hot reload does not install them;
 * symlinked rules folders are followed; a table that is not UTF-8 is a file:line error.
 */
class RulesHardeningTest {

    @TempDir
    Path root;
    Path rules;

    /** The split rule with the discipline written as the abbreviation: compiles, plans a lead nobody has. */
    private static final String SPLIT_TYPO = Fixture.SPLIT.replace("new DomainOwner( $area, \"pt\"",
            "new DomainOwner( $area, \"PT\"");

    @BeforeEach
    void fixture() {
        rules = Fixture.write(root.resolve("rules"));
        // a scenario kept with the rules: validate's smoke test plans it
        Fixture.write(rules, "scenarios/walk.json", Fixture.WALK_CASE);
        Fixture.write(rules, "scenarios/walk.expected.json", "{ \"leads\": { \"walk-150-feet\": \"pt\" } }");
    }

    private Fixture.Cli validate(Path dir) {
        return Fixture.run("validate", "--rules", dir.toString());
    }

    @Test
    void theFixtureValidates() {
        Fixture.Cli r = validate(rules);
        assertEquals(Main.OK, r.exit(), r.err());
    }

    /** The same typo built at run time, which no static check can see: only planning finds it. */
    private static final String SPLIT_RUNTIME_TYPO = Fixture.SPLIT.replace("new DomainOwner( $area, \"pt\"",
            "new DomainOwner( $area, \"P\" + \"T\"");

    @Test
    void aDisciplineTypoInAConsequenceFailsTheSmokeTestAndThePlanNamingTheRule() {
        Fixture.write(rules, "split/split.drl", SPLIT_RUNTIME_TYPO);
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        // once, at the rule's line, however many cases it fails (issue 11, fresh-user trial, F3)
        int line = lineAndColumn(SPLIT_RUNTIME_TYPO, "rule \"Walking")[0];
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith(rules + "/split/split.drl:" + line + ": rule \"Walking is how the body "
                + "moves, so PT leads it\" concluded Lead with discipline 'PT', which is not one of ot, pt: the smoke "
                + "test fails on "), r.err());
        assertTrue(errors.get(0).endsWith(" cases, e.g. walk"), r.err());

        Fixture.Cli plan = Fixture.run("plan", rules.resolve("scenarios/walk.json").toString(), "--rules",
                rules.toString());
        assertEquals(Main.RULES_FAILED, plan.exit());
        assertEquals("", plan.out());
        // the file as the user named the folder, not rules/split/split.drl (issue 11, fresh-user trial)
        assertTrue(plan.err().contains("\"Walking is how the body moves, so PT leads it\" in " + rules
                + "/split/split.drl concluded"), plan.err());
    }

    /**
     * Issue 11 (fresh-user trial): the runtime check caught "PT" only once it became a Lead; a DomainOwner with
     * "PT" that no Lead is made from (here for an area the walk case has no problem in) planned with exit 0.
     */
    @Test
    void aDisciplineTypoInAConclusionThatIsNoLeadFailsThePlanNamingTheRule() {
        Fixture.write(rules, "split/split.drl", Fixture.SPLIT.replace(
                "insertLogical( new DomainOwner( $area, \"pt\", \"walking is PT's domain\" ) );",
                "insertLogical( new DomainOwner( $area, \"pt\", \"walking is PT's domain\" ) );\n"
                + "    insertLogical( new DomainOwner( \"lower-body-dressing\", \"P\" + \"T\", \"typo\" ) );"));
        Fixture.Cli plan = Fixture.run("plan", rules.resolve("scenarios/walk.json").toString(), "--rules",
                rules.toString());
        assertEquals(Main.RULES_FAILED, plan.exit(), plan.err());
        assertEquals("", plan.out());
        assertEquals("the rules could not make a plan: rule \"Walking is how the body moves, so PT leads it\" in "
                + rules + "/split/split.drl concluded DomainOwner with discipline 'PT', which is not one of ot, pt\n",
                plan.err());
    }

    /**
     * Issue 11 (fresh-user trial): a rules folder holding an old copy of itself (rules/old/...) gave Drools' bare
     * "The type Rule_..._1799339266 is already defined", once per consequence. One problem names both files.
     */
    @Test
    void aCopyOfTheRulesInsideTheFolderNamesBothFiles() {
        Fixture.write(rules, "old/split/split.drl", Fixture.SPLIT);
        int first = lineAndColumn(Fixture.SPLIT, "rule \"Walking")[0];
        String expected = rules + "/old/split/split.drl:" + first + ": repeats 3 definitions of " + rules
                + "/split/split.drl (rule \"Walking is how the body moves, so PT leads it\" is also at " + rules
                + "/split/split.drl:" + first + "): is it a copy? every .drl under the rules folder is compiled, and "
                + "names must be unique in a package";
        Fixture.Cli plan = Fixture.run("plan", rules.resolve("scenarios/walk.json").toString(), "--rules",
                rules.toString());
        assertEquals(Main.RULES_FAILED, plan.exit(), plan.err());
        assertEquals("", plan.out());
        assertEquals(List.of(expected), plan.err().lines().toList());

        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertEquals(List.of(expected, "1 error(s), 0 warning(s)"), r.err().lines().toList());
    }

    /**
     * Hostile-input trial: a copy beside its original in the same folder ({@code split/split-copy.drl}) was blamed on
     * the original, {@code split/split.drl}, because the copy's name sorts first ('-' before '.'). The copy's name
     * holds the original's and more, so the problem is now at the copy's line, naming the original's file and line;
     * and so for one rule copied ({@code split/split-copy.drl} holding one of split.drl's rules).
     */
    @Test
    void aCopyBesideItsOriginalIsBlamedOnTheCopyByItsName() {
        Fixture.write(rules, "split/split-copy.drl", Fixture.SPLIT);
        int first = lineAndColumn(Fixture.SPLIT, "rule \"Walking")[0];
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertEquals(List.of(rules + "/split/split-copy.drl:" + first + ": repeats 3 definitions of " + rules
                + "/split/split.drl (rule \"Walking is how the body moves, so PT leads it\" is also at " + rules
                + "/split/split.drl:" + first + "): is it a copy? every .drl under the rules folder is compiled, and "
                + "names must be unique in a package", "1 error(s), 0 warning(s)"), r.err().lines().toList());

        String one = Fixture.SPLIT.substring(0, Fixture.SPLIT.indexOf("rule \"Dressing"));
        Fixture.write(rules, "split/split-copy.drl", one);
        int line = lineAndColumn(one, "rule \"Walking")[0];
        r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertEquals(rules + "/split/split-copy.drl:" + line + ": rule \"Walking is how the body moves, so PT leads "
                + "it\" is also defined at " + rules + "/split/split.drl:" + line + "; rule names must be unique",
                r.err().lines().findFirst().orElse(""));
    }

    @Test
    void oneRuleDefinedTwiceInAPackageNamesTheOtherFile() {
        String copy = Fixture.SPLIT.substring(0, Fixture.SPLIT.indexOf("rule \"Dressing"));
        Fixture.write(rules, "split/walk-again.drl", copy);
        int line = lineAndColumn(copy, "rule \"Walking")[0];
        Fixture.Cli plan = Fixture.run("plan", rules.resolve("scenarios/walk.json").toString(), "--rules",
                rules.toString());
        assertEquals(Main.RULES_FAILED, plan.exit(), plan.err());
        // the linter's words (validate says it once), now from plan too, instead of Drools' "Duplicate rule name"
        assertEquals(List.of(rules + "/split/walk-again.drl:" + line + ": rule \"Walking is how the body moves, so PT "
                + "leads it\" is also defined at " + rules + "/split/split.drl:" + line + "; rule names must be unique"),
                plan.err().lines().toList());
    }

    @Test
    void validateSmokeTestsTheBundledExamplesWhenTheFolderHasNoneBeside() throws Exception {
        Fixture.Cli withScenario = validate(rules);
        assertEquals(Main.OK, withScenario.exit(), withScenario.err());
        assertEquals(1, withScenario.out().lines().count(), withScenario.out());
        try (var files = Files.walk(rules.resolve("scenarios"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        // no examples/ beside the folder either: the bundled examples its tables can read are the smoke test
        Fixture.Cli r = validate(rules);
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertEquals("", r.err());
    }

    /** The 1-based line and column of the first occurrence of {@code text} in {@code file}. */
    private static int[] lineAndColumn(String file, String text) {
        List<String> lines = file.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(text);
            if (at >= 0) {
                return new int[] {i + 1, at + 1};
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void aDisciplineTypoPassedToAConstructorIsAnErrorAtItsLineEvenWithoutAScenarioThatFiresIt() throws Exception {
        // no scenario kept with the rules: the smoke test has nothing to plan, the literal check alone finds it
        try (var files = Files.walk(rules.resolve("scenarios"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Fixture.write(rules, "split/split.drl", SPLIT_TYPO);
        int[] at = lineAndColumn(SPLIT_TYPO, "\"PT\"");
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertEquals(List.of(rules + "/split/split.drl:" + at[0] + ":" + at[1] + ": rule \"Walking is how the body "
                + "moves, so PT leads it\" gives DomainOwner discipline 'PT', which is not one of pt, ot",
                "1 error(s), 0 warning(s)"), r.err().lines().toList());
    }

    @Test
    void aMisspelledAreaPassedToAConstructorIsAnErrorAtItsLine() {
        String split = Fixture.SPLIT.replace("new DomainOwner( $area, \"ot\"",
                "new DomainOwner( \"lower-body-dresing\", \"ot\"");
        Fixture.write(rules, "split/split.drl", split);
        int[] at = lineAndColumn(split, "\"lower-body-dresing\"");
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertTrue(r.err().contains(rules + "/split/split.drl:" + at[0] + ":" + at[1] + ": rule \"Dressing is a daily "
                + "occupation, so OT leads it\" gives DomainOwner area 'lower-body-dresing', which is not an area of "
                + "tables/areas.csv\n"), r.err());
    }

    @Test
    void aMisspelledAreaLiteralIsAnErrorAtItsLineAndColumnNamingTheRule() {
        String split = Fixture.SPLIT.replace("area == \"walk-150-feet\"", "area == \"walk-150-fet\"");
        Fixture.write(rules, "split/split.drl", split);
        int[] at = lineAndColumn(split, "\"walk-150-fet\"");
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertTrue(r.err().contains(rules + "/split/split.drl:" + at[0] + ":" + at[1] + ": rule \"Walking is how the "
                + "body moves, so PT leads it\" compares area with 'walk-150-fet', which is not an area of "
                + "tables/areas.csv\n"), r.err());
    }

    /**
     * Issue 11 (fresh-user trial): a literal typo in a rule the case does not fire is refused wherever rules are
     * loaded to plan with, not only by validate: plan --rules exits 1 naming file:line, rule and column, with no
     * plan; CarePlanner.fromDirectory throws the same problem. (Before: exit 0 and a plan as if nothing were wrong.)
     */
    @Test
    void aLiteralTypoInARuleThisCaseDoesNotFireStopsPlanAndTheLibrary() {
        String split = Fixture.SPLIT.replace("new DomainOwner( $area, \"ot\"", "new DomainOwner( $area, \"OT\"");
        Fixture.write(rules, "split/split.drl", split);
        int[] at = lineAndColumn(split, "\"OT\"");
        String expected = rules + "/split/split.drl:" + at[0] + ":" + at[1] + ": rule \"Dressing is a daily "
                + "occupation, so OT leads it\" gives DomainOwner discipline 'OT', which is not one of pt, ot";
        // the walk case has no dressing finding: the dressing rule never fires on it
        Fixture.Cli plan = Fixture.run("plan", rules.resolve("scenarios/walk.json").toString(), "--rules",
                rules.toString());
        assertEquals(Main.RULES_FAILED, plan.exit(), plan.err());
        assertEquals("", plan.out());
        assertEquals(List.of(expected), plan.err().lines().toList());

        org.careweave.RuleBuildException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.careweave.RuleBuildException.class, () -> org.careweave.CarePlanner.fromDirectory(rules));
        assertEquals(List.of(expected), e.problems().stream().map(RuleProblem::toString).toList());
    }

    @Test
    void anAlertKindThatIsNotLowerKebabCaseIsAnErrorAtItsColumn() {
        String split = Fixture.SPLIT.replace("insertLogical( new DomainOwner( $area, \"ot\", \"dressing is OT's domain\" ) );",
                "insertLogical( new DomainOwner( $area, \"ot\", \"dressing is OT's domain\" ) );\n"
                + "    insertLogical( new Alert( \"Dressing Led By OT\", \"info\", null, \"OT leads dressing\" ) );");
        Fixture.write(rules, "split/split.drl", split);
        int[] at = lineAndColumn(split, "\"Dressing Led By OT\"");
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertTrue(r.err().contains(rules + "/split/split.drl:" + at[0] + ":" + at[1] + ": rule \"Dressing is a daily "
                + "occupation, so OT leads it\" gives Alert kind 'Dressing Led By OT', which is not lower-kebab-case (an "
                + "alert kind, e.g. cotreatment-split)\n"), r.err());
    }

    /**
     * Issue 11 (fresh-user trial, F4): with several mistakes in one folder, the rule-literal checks said nothing
     * whenever a table had an error: a repeated key, a payer kind without its payers.csv row, a value outside a
     * column's set, "PT" at one rule line and a misspelt area at another gave only the 3 table errors. Every mistake
     * has its own message in one run of validate and of plan --rules.
     */
    @Test
    void everyMistakeOfAFolderHasItsOwnMessageInOneRun() throws Exception {
        Path dir = root.resolve("many");
        org.careweave.TestRules.copyTree(org.careweave.TestRules.RULES, dir);
        List<String> disciplines = Files.readAllLines(dir.resolve("tables/disciplines.csv"));
        int pt = 1 + disciplines.indexOf(disciplines.stream().filter(l -> l.startsWith("pt,")).findFirst().get());
        edit(dir, "tables/disciplines.csv", disciplines.get(pt - 1) + "\n",
                disciplines.get(pt - 1) + "\n" + disciplines.get(pt - 1) + "\n");
        String payers = Files.readString(dir.resolve("tables/payers.csv"));
        String partA = payers.lines().filter(l -> l.startsWith("medicare-part-a,")).findFirst().get();
        edit(dir, "tables/payers.csv", partA + "\n", "");
        edit(dir, "tables/finding-thresholds.csv", "pain,nrs-0-10,at-or-above", "pain,nrs-0-10,at-or-abve");
        String body = edit(dir, "split/body-function.drl",
                "new DomainOwner( $area, \"pt\", \"balance", "new DomainOwner( $area, \"PT\", \"balance");
        String setting = edit(dir, "discharge/setting.drl", "Lead( area == \"endurance\" )",
                "Lead( area == \"endurence\" )");
        int[] ptAt = lineAndColumn(body, "\"PT\"");
        int[] areaAt = lineAndColumn(setting, "\"endurence\"");
        List<String> expected = List.of(
                dir + "/tables/disciplines.csv:" + (pt + 1) + ":1: column 'discipline' (the 1st): 'pt' is already defined"
                        + " at line " + pt,
                "' has no row in tables/payers.csv",
                ": column 'direction' (the 3rd): 'at-or-abve' is not one of at-or-above, at-or-below",
                dir + "/split/body-function.drl:" + ptAt[0] + ":" + ptAt[1] + ": rule \"",
                "\" gives DomainOwner discipline 'PT', which is not one of pt, ot\n",
                dir + "/discharge/setting.drl:" + areaAt[0] + ":" + areaAt[1] + ": rule \"",
                "\" compares area with 'endurence', which is not an area of tables/areas.csv\n");
        Fixture.Cli r = validate(dir);
        Fixture.Cli plan = Fixture.run("plan", org.careweave.TestRules.EXAMPLES.resolve("hip-replacement.json")
                .toString(), "--rules", dir.toString());
        for (Fixture.Cli run : List.of(r, plan)) {
            assertEquals(Main.RULES_FAILED, run.exit(), run.err());
            assertEquals("", run.out());
            for (String part : expected) {
                assertTrue(run.err().contains(part), part + "\n" + run.err());
            }
        }
    }

    /**
     * Issue 11 (fresh-user trial, F8): ESC, OSC and bidi characters in a table value and in a rule name reached
     * stderr raw from validate and plan --rules. Every rule and table problem is written escaped.
     */
    @Test
    void controlCharactersFromARulesFolderReachNoTerminalRaw() throws Exception {
        String evil = "x\u001b]0;PWN\u0007\u001b[31m\u202e";
        Fixture.write(rules, "tables/disciplines.csv", Fixture.DISCIPLINES.replace("ot,occupational", evil + ",occupational"));
        Fixture.write(rules, "split/split.drl", SPLIT_TYPO.replace("rule \"Walking is how the body moves, so PT leads it\"",
                "rule \"Evil \u001b]0;PWN\u0007 name\""));
        Fixture.Cli r = validate(rules);
        Fixture.Cli plan = Fixture.run("plan", rules.resolve("scenarios/walk.json").toString(), "--rules",
                rules.toString());
        for (Fixture.Cli run : List.of(r, plan)) {
            assertEquals(Main.RULES_FAILED, run.exit(), run.err());
            assertTrue(run.err().chars().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), run.err());
            assertTrue(run.err().contains("rule \"Evil \\u001B]0;PWN\\u0007 name\" gives DomainOwner discipline 'PT'"),
                    run.err());
            assertTrue(run.err().contains("x\\u001B]0;PWN\\u0007\\u001B[31m\\u202E"), run.err());
        }
        assertEquals("rules/x.drl:3: rule \"a\\u001B[31m\"", new RuleProblem("rules/x.drl", 3, "rule \"a\u001b[31m\"")
                .toString());
    }

    /** Replaces {@code from} (which must be there) by {@code to} in {@code dir/file}; returns the new text. */
    private static String edit(Path dir, String file, String from, String to) throws Exception {
        String text = Files.readString(dir.resolve(file));
        assertTrue(text.contains(from), from);
        text = text.replace(from, to);
        Files.writeString(dir.resolve(file), text);
        return text;
    }

    @Test
    void aMissingTablesFolderIsAnError() throws Exception {
        try (var files = Files.walk(rules.resolve("tables"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertTrue(r.err().contains("rules/tables/: missing"), r.err());
    }

    @Test
    void aTableThatIsNotUtf8IsAFileLineError() throws Exception {
        byte[] areas = (Fixture.AREAS.replace("Lower-body", "Lower\u00e9body")).getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(rules.resolve("tables/areas.csv"), areas);
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertTrue(r.err().startsWith(rules + "/tables/areas.csv:3: not UTF-8"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /**
     * Fresh-user trial: a rule file saved as {@code extra.DRL} was silently not loaded, and validate said ok. A name
     * meant as rules or a table that careweave would not read is an error at its path (exit 1, nothing planned); an
     * editor's backup ({@code split.drl~}, {@code split.drl.bak}) is no error, but validate says it is not read;
     * README.md is neither.
     */
    @Test
    void aRuleFileNamedOtherThanDotDrlIsAnErrorAndABackupIsSaidNotRead() throws Exception {
        Fixture.write(rules, "README.md", "# notes\n");
        Fixture.write(rules, "split/split.drl~", Fixture.SPLIT);
        Fixture.write(rules, "split/split.drl.bak", Fixture.SPLIT);
        Fixture.Cli ok = validate(rules);
        assertEquals(Main.OK, ok.exit(), ok.err());
        assertEquals(List.of(
                rules + "/split/split.drl.bak: warning: not read: careweave reads only files ending in .drl or .csv (an "
                        + "editor's backup? rename it to end in .drl or .csv if its rules or rows should count)",
                rules + "/split/split.drl~: warning: not read: careweave reads only files ending in .drl or .csv (an "
                        + "editor's backup? rename it to end in .drl or .csv if its rules or rows should count)"),
                ok.err().lines().toList());
        assertTrue(ok.out().startsWith("ok: 3 rule files, "), ok.out());

        Fixture.write(rules, "extra/more.DRL", Fixture.SPLIT.replace("package careweave.split;", "package careweave.x;"));
        Fixture.write(rules, "extra/other.Drl", Fixture.SPLIT.replace("package careweave.split;", "package careweave.y;"));
        Fixture.write(rules, "tables/extra.CSV", "a,b\n");
        Fixture.write(rules, "extra/words.dslr", "rule \"x\" when then end\n");
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertEquals(List.of(
                rules + "/extra/more.DRL: not read: rule file names end in lower-case .drl; rename it to more.drl",
                rules + "/extra/other.Drl: not read: rule file names end in lower-case .drl; rename it to other.drl",
                rules + "/extra/words.dslr: not read: careweave reads rules only from .drl files (.dslr is another "
                        + "Drools format); write the rules in DRL or move the file out of the rules folder",
                // the folder's other problems are listed with them: here the backups' warnings
                rules + "/split/split.drl.bak: warning: not read: careweave reads only files ending in .drl or .csv (an "
                        + "editor's backup? rename it to end in .drl or .csv if its rules or rows should count)",
                rules + "/split/split.drl~: warning: not read: careweave reads only files ending in .drl or .csv (an "
                        + "editor's backup? rename it to end in .drl or .csv if its rules or rows should count)",
                rules + "/tables/extra.CSV: not read: table file names end in lower-case .csv; rename it to extra.csv",
                "4 error(s), 2 warning(s)"),
                r.err().lines().sorted().toList());
        Fixture.Cli plan = Fixture.run("plan", rules.resolve("scenarios/walk.json").toString(), "--rules",
                rules.toString());
        assertEquals(Main.RULES_FAILED, plan.exit(), plan.err());
        assertEquals("", plan.out());
    }

    /**
     * A byte-order mark (Notepad's "UTF-8 with BOM") before a rule file's {@code package} made the parser fail at
     * 1:1 with "no viable alternative at input ''"; before a table's header it would rename the first column. It is
     * no part of the text: the folder validates, with the same version as without it.
     */
    @Test
    void aByteOrderMarkBeforeARuleFileOrTableIsAccepted() throws Exception {
        String version = RuleSource.fromDirectory(rules).version();
        for (String file : List.of("split/split.drl", "tables/areas.csv")) {
            Path p = rules.resolve(file);
            byte[] text = Files.readAllBytes(p);
            byte[] marked = new byte[text.length + 3];
            marked[0] = (byte) 0xEF;
            marked[1] = (byte) 0xBB;
            marked[2] = (byte) 0xBF;
            System.arraycopy(text, 0, marked, 3, text.length);
            Files.write(p, marked);
        }
        Fixture.Cli r = validate(rules);
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals(version, RuleSource.fromDirectory(rules).version());
    }

    @Test
    void aRulesFolderThatCannotBeWalkedIsOneRuleErrorNotAStackTrace() throws Exception {
        // A link back to a folder above it: the walk cannot finish, as with a subfolder the user may not read (a
        // chmod 000 folder, which a test run as root can read anyway). It used to end in an UncheckedIOException's
        // stack trace and exit 1; a partial rule set must not be planned with either.
        Files.createSymbolicLink(rules.resolve("split/loop"), rules);
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertEquals(rules + "/split/loop: cannot be read (a link that leads back to a folder above it)",
                r.err().strip());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /**
     * Users' trial 42 (item 13b): a {@code .drl} linked to a file outside the rules folder was compiled, and the
     * compiler's errors quoted the first word of its lines (root, daemon, ...). A link under the rules folder whose
     * target is outside it, a file or a folder, is never followed: each is one rules problem (exit 1) naming the link,
     * nothing of the target is read or said. A link looping back to a folder above it is one problem too, and no
     * longer hides the others (the walk stopped at it).
     */
    @Test
    void aLinkLeadingOutOfTheRulesFolderIsNotFollowedAndALoopHidesNothing() throws Exception {
        Path outside = Files.createDirectories(root.resolve("elsewhere/more"));
        String secret = "package careweave.split;\nrule \"quokka\" when then zanzibar( end\n";
        Files.writeString(root.resolve("elsewhere/typo.drl"), secret);
        Files.writeString(outside.resolve("typo.drl"), secret);
        Files.createSymbolicLink(rules.resolve("split/linked.drl"), root.resolve("elsewhere/typo.drl"));
        Files.createSymbolicLink(rules.resolve("more"), outside);
        Files.createSymbolicLink(rules.resolve("split/loop"), rules);
        Fixture.Cli r = validate(rules);
        assertEquals(Main.RULES_FAILED, r.exit(), r.out() + r.err());
        String out = " a symbolic link leading out of the rules folder: not followed (put the file itself in the"
                + " folder, or link the whole rules folder)";
        assertEquals(List.of(rules + "/more:" + out, rules + "/split/linked.drl:" + out,
                rules + "/split/loop: cannot be read (a link that leads back to a folder above it)"),
                r.err().strip().lines().sorted().toList());
        String said = r.out() + r.err();
        assertFalse(said.contains("quokka") || said.contains("zanzibar") || said.contains("\tat "), said);
        // without the links, the fixture validates as before: nothing else was wrong
        Files.delete(rules.resolve("split/linked.drl"));
        Files.delete(rules.resolve("more"));
        Files.delete(rules.resolve("split/loop"));
        assertEquals(Main.OK, validate(rules).exit());
    }

    @Test
    void aSymlinkedRulesFolderIsFollowed() throws Exception {
        Path link = Files.createSymbolicLink(root.resolve("current"), rules);
        Fixture.Cli r = validate(link);
        assertEquals(Main.OK, r.exit(), r.err());
        assertTrue(r.out().contains("3 rule files"), r.out());
    }

    @Test
    void hotReloadDoesNotInstallASetThatCannotPlanAndFollowsALinkSwappedToAGoodOne() throws Exception {
        Path releaseA = rules;
        Path link = Files.createSymbolicLink(root.resolve("current"), releaseA);
        Planner planner = Planner.fromDirectory(link);
        String good = planner.rules().version();
        BlockingQueue<List<RuleProblem>> failures = new LinkedBlockingQueue<>();
        BlockingQueue<RuleSet> reloads = new LinkedBlockingQueue<>();
        try (RuleWatcher w = planner.watch(link, Duration.ofMillis(20), new RuleWatcher.Listener() {
            @Override
            public void reloaded(RuleSet set) {
                reloads.add(set);
            }

            @Override
            public void failed(String version, List<RuleProblem> problems) {
                failures.add(problems);
            }
        })) {
            Fixture.write(releaseA, "split/split.drl", SPLIT_TYPO); // compiles, cannot plan
            List<RuleProblem> problems = failures.poll(120, TimeUnit.SECONDS);
            assertTrue(problems != null && problems.toString().contains("discipline 'PT'"), String.valueOf(problems));
            assertEquals(good, planner.rules().version());

            // a new release beside it, and the link swapped to it
            Path releaseB = Fixture.write(root.resolve("release-b"));
            Fixture.write(releaseB, "extra/extra.drl", "package careweave.extra;\n");
            Path tmp = Files.createSymbolicLink(root.resolve("current.tmp"), releaseB);
            Files.move(tmp, link, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            RuleSet b = reloads.poll(120, TimeUnit.SECONDS);
            assertTrue(b != null, "the swapped link was followed");
            assertEquals(RuleSource.fromDirectory(releaseB).version(), b.version());
            assertEquals(b.version(), planner.rules().version());
        }
    }
}
