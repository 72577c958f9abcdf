package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careweave validate}: every problem as rules/<file>:<line>: <message>; exit 1 on any error. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    /**
     * Validates {@code dir}; problems name files by the folder given ({@code /tmp/.../split/split.drl}), written
     * back here as {@code rules/...} so the assertions read as the rule author's paths (RulesFolderPlaceTest checks
     * the folder prefix itself).
     */
    private Fixture.Cli validate() {
        Fixture.Cli r = Fixture.run("validate", "--rules", dir.toString());
        return new Fixture.Cli(r.exit(), r.out(), r.err().replace(dir + "/", "rules/"));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    private static void assertLine(String stderr, String prefix) {
        assertTrue(lines(stderr).stream().anyMatch(l -> l.startsWith(prefix)),
                () -> "no line starting with\n  " + prefix + "\nin\n" + stderr);
    }

    @Test
    void aCleanRuleSetExitsZeroWithASummaryOfFilesRulesTablesRowsAndVersion() {
        // 36 rows: 6 of areas, codes and disciplines, 30 of column-types (a row for every column of the tables)
        Fixture.write(dir);
        Fixture.Cli r = validate();
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("ok: 3 rule files, 7 rules, 5 tables, 36 table rows, 0 warning(s); version sha256:"),
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void aSyntaxErrorIsReportedAtItsFileAndLine() {
        Fixture.write(dir);
        // Line 8 of split.drl is the first rule's Problem pattern.
        Fixture.write(dir, "split/split.drl", Fixture.SPLIT.replace(
                "Problem( $area : area, area == \"walk-150-feet\" )", "Problem( $area : area, area == )"));
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        // column 36: the ')' where a value was expected after ==
        assertLine(r.err(), "rules/split/split.drl:8:36: ");
        assertFalse(r.err().contains("null Package"), r.err());
    }

    @Test
    void aRuleWithoutSourceIsAnErrorAtTheRulesLine() {
        Fixture.write(dir);
        Fixture.write(dir, "split/split.drl", Fixture.SPLIT.replace(
                "    @source(\"000_c04b2ddf23040f18.txt: PT assesses walking\")\n", ""));
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        assertLine(r.err(), "rules/split/split.drl:5: rule \"Walking is how the body moves, so PT leads it\" has no @source");
    }

    @Test
    void twoRulesWithOneNameInDifferentFilesAreAnErrorNamingBoth() {
        Fixture.write(dir);
        Fixture.write(dir, "extra/again.drl", """
                package careweave.extra;

                import org.careweave.fact.*;

                rule "Walking is how the body moves, so PT leads it"
                    @source("test")
                when
                    Problem( area == "walk-150-feet" )
                then
                end
                """);
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        // Files are read in path order, so the later one (split/ after extra/) is reported, naming the first.
        assertLine(r.err(), "rules/split/split.drl:5: rule \"Walking is how the body moves, so PT leads it\" is also"
                + " defined at rules/extra/again.drl:5");
    }

    @Test
    void aDuplicateNameInOnePackageIsReportedOnceNamingBothFiles() {
        Fixture.write(dir);
        Fixture.write(dir, "split/again.drl", """
                package careweave.split;

                import org.careweave.fact.*;

                rule "Walking is how the body moves, so PT leads it"
                    @source("test")
                when
                    Problem( area == "walk-150-feet" )
                then
                end
                """);
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        assertEquals(List.of("rules/split/split.drl:5: rule \"Walking is how the body moves, so PT leads it\" is also"
                + " defined at rules/split/again.drl:5; rule names must be unique", "1 error(s), 0 warning(s)"),
                lines(r.err()));
    }

    @Test
    void aRuleInAGroupThatNothingFocusesIsAnError() {
        Fixture.write(dir);
        Fixture.write(dir, "extra/grouped.drl", """
                package careweave.extra;

                import org.careweave.fact.*;

                rule "A rule nobody reaches"
                    @source("test")
                    ruleflow-group "never"
                when
                    Problem()
                then
                end
                """);
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        assertLine(r.err(), "rules/extra/grouped.drl:5: rule \"A rule nobody reaches\" is in group \"never\"");
    }

    @Test
    void aRuleSwitchedOffOrFiredByTheClockIsAnError() {
        // A trial's finding: enabled false or date-expires passed validate and the rule silently never fired.
        Fixture.write(dir);
        Fixture.write(dir, "extra/switched.drl", """
                package careweave.extra;

                import org.careweave.fact.*;

                rule "A rule switched off"
                    @source("test")
                    enabled false
                when
                    Problem()
                then
                end

                rule "A rule that expires"
                    @source("test")
                    date-expires "01-Jan-2000"
                when
                    Problem()
                then
                end

                rule "A rule left on"
                    @source("test")
                    enabled true
                when
                    Problem()
                then
                end
                """);
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        assertLine(r.err(), "rules/extra/switched.drl:5: rule \"A rule switched off\" has enabled false, so it may never"
                + " fire");
        assertLine(r.err(), "rules/extra/switched.drl:13: rule \"A rule that expires\" has date-expires: whether it"
                + " fires would depend on the day the plan is made");
        assertFalse(r.err().contains("A rule left on"), r.err());
    }

    @Test
    void aGroupWithAnAutoFocusRuleIsReached() {
        Fixture.write(dir);
        Fixture.write(dir, "extra/grouped.drl", """
                package careweave.extra;

                import org.careweave.fact.*;

                rule "A rule that focuses its own group"
                    @source("test")
                    ruleflow-group "reached"
                    auto-focus true
                when
                    Problem()
                then
                end

                rule "A second rule in that group"
                    @source("test")
                    ruleflow-group "reached"
                when
                    Problem()
                then
                end
                """);
        Fixture.Cli r = validate();
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void contradictoryConstraintsOnOneFieldAreAnErrorAtThePattern() {
        Fixture.write(dir);
        Fixture.write(dir, "extra/never.drl", """
                package careweave.extra;

                import org.careweave.fact.*;
                import org.careweave.model.*;

                rule "A level both below 3 and above 5"
                    @source("test")
                when
                    Finding( level < 3, level > 5 )
                then
                end

                rule "An area with two names"
                    @source("test")
                when
                    Problem( area == "walk-150-feet", area == "lower-body-dressing" )
                then
                end

                rule "A level between 2 and 4 is possible"
                    @source("test")
                when
                    Finding( level >= 2, level <= 4, area != "walk-150-feet" )
                then
                end
                """);
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        assertLine(r.err(), "rules/extra/never.drl:9: rule \"A level both below 3 and above 5\": pattern Finding can"
                + " never match: level < 3 and level > 5 cannot both hold");
        assertLine(r.err(), "rules/extra/never.drl:16: rule \"An area with two names\": pattern Problem can never"
                + " match: area == \"walk-150-feet\" and area == \"lower-body-dressing\" cannot both hold");
        assertFalse(r.err().contains("between 2 and 4"), r.err());
    }

    @Test
    void tableRowsMustNameKnownCodesKnownAreasAndPtOrOt() {
        Fixture.write(dir);
        Fixture.write(dir, "tables/interventions.csv", """
                # area, discipline, code
                area,discipline,code,nature
                walk-150-feet,pt,97116,
                walk-150-feet,pt,99999,
                stair-dancing,pt,97116,
                lower-body-dressing,slp,97535,
                """);
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        assertEquals(List.of(
                // "walk-150-feet,pt," is 17 characters, "lower-body-dressing," 20
                "rules/tables/interventions.csv:4:18: column 'code' (the 3rd): code '99999' is not in tables/codes.csv",
                "rules/tables/interventions.csv:5:1: column 'area' (the 1st): 'stair-dancing' is not in tables/areas.csv",
                "rules/tables/interventions.csv:6:21: column 'discipline' (the 2nd): 'slp' is not one of pt, ot",
                "3 error(s), 0 warning(s)"), lines(r.err()));
    }

    @Test
    void aCodeDefinedTwiceAndAMalformedValueAreErrorsAtTheirRows() {
        Fixture.write(dir);
        Fixture.write(dir, "tables/codes.csv", Fixture.CODES + "97116,Gait again,maybe,pt,,,false,procedure,\n");
        Fixture.Cli r = validate();
        assertEquals(1, r.exit());
        assertLine(r.err(), "rules/tables/codes.csv:4:1: column 'code' (the 1st): '97116' is already defined at line 2");
        assertLine(r.err(), "rules/tables/codes.csv:4:18: column 'timed' (the 3rd): 'maybe' is not true/false/yes/no");
    }

    @Test
    void updateInARightHandSideIsAWarningAtItsLineAndDoesNotFailValidation() {
        Fixture.write(dir);
        Fixture.write(dir, "extra/mutate.drl", """
                package careweave.extra;

                import org.careweave.fact.*;

                rule "A rule that updates a fact"
                    @source("test")
                    no-loop true
                when
                    $p : Problem()
                then
                    System.out.print("");
                    update( $p );
                end
                """);
        Fixture.Cli r = validate();
        assertEquals(0, r.exit(), r.err());
        assertLine(r.err(), "rules/extra/mutate.drl:12: warning: rule \"A rule that updates a fact\" calls update");
        assertTrue(r.out().contains("1 warning(s)"), r.out());
    }

    @Test
    void salienceIsAWarningUnlessItIsANegativeStratumOnAnAggregateOrADerivedAbsence() {
        Fixture.write(dir);
        Fixture.write(dir, "extra/order.drl", """
                package careweave.extra;

                import org.careweave.fact.*;
                import org.careweave.model.*;

                rule "A rule that jumps the queue"
                    @source("test")
                    salience 10
                when
                    $p : Problem()
                then
                    System.out.print("");
                end

                rule "A count that waits for every problem"
                    @source("test")
                    salience -10
                when
                    accumulate( Problem( $a : area ); $n : count( $a ) )
                then
                    System.out.print("");
                end

                rule "A negative salience on a rule that sums nothing"
                    @source("test")
                    salience -5
                when
                    $p : Problem()
                then
                    System.out.print("");
                end

                rule "An absence that waits until every problem is concluded"
                    @source("test")
                    salience -5
                when
                    CaseContext()
                    not ( Finding() and not Problem() )
                then
                    System.out.print("");
                end

                rule "An absence of a case fact has nothing to wait for"
                    @source("test")
                    salience -5
                when
                    CaseContext()
                    not Finding()
                then
                    System.out.print("");
                end
                """);
        Fixture.Cli r = validate();
        assertEquals(0, r.exit(), r.err());
        assertLine(r.err(), "rules/extra/order.drl:8: warning: rule \"A rule that jumps the queue\" uses salience 10;"
                + " prefer a fact that later rules match (a negative salience is only for a rule that aggregates"
                + " with accumulate, to wait for what it sums, or that concludes from a `not` of a fact rules derive,"
                + " to wait until it is concluded)");
        assertTrue(r.err().contains("rules/extra/order.drl:26: warning: rule \"A negative salience on a rule that"
                + " sums nothing\" uses salience -5"), r.err());
        // Problem is derived (the fixture's needs rule inserts it), Finding is the case's own
        assertFalse(r.err().contains("An absence that waits"), r.err());
        assertTrue(r.err().contains("rules/extra/order.drl:45: warning: rule \"An absence of a case fact has nothing"
                + " to wait for\" uses salience -5"), r.err());
        assertFalse(r.err().contains("A count that waits"), r.err());
        assertTrue(r.out().contains("3 warning(s)"), r.out());
    }

    /** The summary line less its origin, which names the folder read: equal summaries of one folder. */
    private static String summary(Fixture.Cli r) {
        return r.out().lines().findFirst().orElse("");
    }

    /**
     * Fresh-user trial: {@code careweave validate rules/} was refused as an unmatched argument (exit 2); the folder
     * had to be given as {@code --rules}. A folder given as the argument is validated exactly as with --rules.
     */
    @Test
    void aRulesFolderGivenAsTheArgumentIsValidatedAsWithRules() {
        Fixture.write(dir);
        Fixture.Cli asOption = Fixture.run("validate", "--rules", dir.toString());
        Fixture.Cli asArgument = Fixture.run("validate", dir.toString());
        assertEquals(0, asArgument.exit(), asArgument.err());
        assertEquals(summary(asOption), summary(asArgument));
        assertTrue(summary(asArgument).endsWith("(" + dir.toAbsolutePath().normalize() + ")"), asArgument.out());
        // the same folder given both ways is no conflict
        assertEquals(0, Fixture.run("validate", "--rules", dir.toString(), dir.toString() + "/").exit());
    }

    /**
     * A table or rule file given validates the rules folder that holds it (a table is checked against the other
     * tables and the rules that read it), problems named as they are for that folder.
     */
    @Test
    void aFileInsideARulesFolderValidatesThatFolder() {
        Fixture.write(dir);
        Fixture.write(dir, "split/split.drl", Fixture.SPLIT.replace(
                "Problem( $area : area, area == \"walk-150-feet\" )", "Problem( $area : area, area == )"));
        Fixture.Cli whole = Fixture.run("validate", "--rules", dir.toString());
        assertEquals(1, whole.exit());
        for (String inside : List.of("tables/areas.csv", "split/split.drl", "tables", "split")) {
            Fixture.Cli r = Fixture.run("validate", dir.resolve(inside).toString());
            assertEquals(1, r.exit(), inside + ": " + r.err());
            assertEquals(whole.err(), r.err(), inside);
            assertTrue(r.err().contains(dir + "/split/split.drl:8:36: "), r.err());
        }
    }

    @Test
    void twoDifferentRulesFoldersAreAUsageError() {
        Fixture.write(dir.resolve("a"));
        Fixture.write(dir.resolve("b"));
        Fixture.Cli r = Fixture.run("validate", "--rules", dir.resolve("a").toString(), dir.resolve("b").toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("validate: two rules folders given (--rules " + dir.resolve("a") + " and " + dir.resolve("b")
                + "); give one", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aPathThatIsNotThereIsARulesFailureNamingIt() {
        Fixture.Cli r = Fixture.run("validate", dir.resolve("nope").toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(dir.resolve("nope") + ": no such file or folder", r.err().strip());
    }

    /** Trial of the merge: 'validate .' in a clone linted the clone as a rules folder, 224 errors in 176 KB. */
    @Test
    void aFolderHoldingARulesFolderIsAUsageErrorNamingTheRulesFolder() throws Exception {
        Fixture.write(dir.resolve("rules"));
        java.nio.file.Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        Fixture.Cli r = Fixture.run("validate", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("validate: " + dir + " is not a rules folder (it has no tables/ folder); did you mean "
                + dir.resolve("rules") + "?", r.err().strip());
        assertEquals("", r.out());
    }

    /**
     * Fresh-user trial 25: {@code --rules .} in a clone still read the clone as a rules folder (every CSV under it an
     * unknown table) in plan and validate; now the same one-line usage error as {@code validate .}, exit 2.
     */
    @Test
    void rulesOptionNamingAFolderHoldingARulesFolderIsAUsageError() throws Exception {
        Fixture.write(dir.resolve("rules"));
        java.nio.file.Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        String expected = "--rules " + dir + " is not a rules folder (it has no tables/ folder); did you mean "
                + dir.resolve("rules") + "?";
        Path caseFile = dir.resolve("case.json");
        java.nio.file.Files.writeString(caseFile, "{}");
        for (String[] args : List.of(new String[] {"validate", "--rules", dir.toString()},
                new String[] {"plan", caseFile.toString(), "--rules", dir.toString()},
                new String[] {"test", caseFile.toString(), "--rules", dir.toString()})) {
            Fixture.Cli r = Fixture.run(args);
            assertEquals(1, r.exit(), args[0] + ": " + r.err());
            assertEquals(expected, r.err().strip(), args[0]);
            assertEquals("", r.out(), args[0]);
        }
    }

    /**
     * The merge's fresh-user trial: {@code plan --rules rules/tables} printed 93 KB of "unknown table" lines (exit 1)
     * where {@code validate rules/tables} validates the folder holding it; a part of a rules folder given as
     * {@code --rules} is now one usage line naming the rules folder (exit 2).
     */
    @Test
    void rulesOptionNamingAPartOfARulesFolderIsAUsageErrorNamingIt() throws Exception {
        Path rules = dir.resolve("rules");
        Fixture.write(rules);
        Path caseFile = dir.resolve("case.json");
        java.nio.file.Files.writeString(caseFile, "{}");
        Path tables = rules.resolve("tables");
        Fixture.Cli r = Fixture.run("plan", caseFile.toString(), "--rules", tables.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals("--rules " + tables + " is part of the rules folder " + rules + ", not one (it has no tables/"
                + " folder); did you mean " + rules + "?", r.err().strip());
        assertEquals("", r.out());
    }

    /**
     * Fresh-user trial 25: CarePlanner.fromDirectory on a missing folder said "not a directory" where the CLI said
     * "no such folder"; the library now says what {@code plan --rules} says, without the option's name.
     */
    @Test
    void fromDirectoryOnAMissingFolderSaysWhatTheCliSays() {
        Path missing = dir.resolve("nope");
        Fixture.Cli cli = Fixture.run("plan", dir.resolve("case.json").toString(), "--rules", missing.toString());
        assertEquals(1, cli.exit(), cli.err());
        assertEquals("--rules " + missing + ": no such folder", cli.err().strip());
        org.careweave.RuleBuildException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.careweave.RuleBuildException.class, () -> org.careweave.CarePlanner.fromDirectory(missing));
        assertEquals(List.of(missing + ": no such folder"),
                e.problems().stream().map(Object::toString).toList());
        Path file = dir.resolve("file.txt");
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> java.nio.file.Files.writeString(file, "x"));
        e = org.junit.jupiter.api.Assertions.assertThrows(org.careweave.RuleBuildException.class,
                () -> org.careweave.CarePlanner.fromDirectory(file));
        assertEquals(List.of(file + ": is a file, not a folder (give the folder that holds the rules)"),
                e.problems().stream().map(Object::toString).toList());
    }

    /** Trial of the merge: a case file given to validate was said to be a rules folder with no .drl files (exit 1). */
    @Test
    void aFileOutsideAnyRulesFolderIsAUsageErrorPointingToPlan() throws Exception {
        Path caseFile = dir.resolve("case.json");
        java.nio.file.Files.writeString(caseFile, "{}");
        Fixture.Cli r = Fixture.run("validate", caseFile.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("validate: " + caseFile + " is not inside a rules folder (no folder above it holds a tables/ "
                + "folder); give the rules folder, and check a case with 'careweave plan'", r.err().strip());
    }

    /**
     * The merge's trial: {@code validate examples} said "no .drl files ... tables/ missing" (exit 1) and
     * {@code validate src} walked src and reported a duplicate rule in src/main/resources (exit 1), where
     * {@code validate .} got one usage line. A folder with neither tables/ nor .drl files in it or its sub-folders
     * is now that one line (exit 2), as argument or as --rules, for validate and plan alike, before it is walked.
     */
    @Test
    void aFolderThatHoldsNoRulesIsOneUsageLineNamingWhatARulesFolderHolds() throws Exception {
        String holds = ": a rules folder holds a tables/ folder (areas.csv, codes.csv, column-types.csv, ...) and the"
                + " rules' .drl files, in it or in its subfolders (billing/, plan/, ...)";
        // empty, like a new folder
        assertUsageLine("validate: " + dir + " is not a rules folder" + NO_RULES + holds, Fixture.run("validate", dir.toString()));
        // examples/: cases only
        Fixture.write(dir, "hip.json", "{}");
        Fixture.write(dir, "hip.expected.json", "{}");
        assertUsageLine("validate: " + dir + " is not a rules folder" + NO_RULES + holds, Fixture.run("validate", dir.toString()));
        assertRulesLine("--rules " + dir + " is not a rules folder" + NO_RULES + holds,
                Fixture.run("validate", "--rules", dir.toString()));
        // src/: a .drl deep inside (the engine's queries.drl), never read as a rule of this folder
        Fixture.write(dir, "main/resources/org/careweave/queries.drl", Fixture.SPLIT);
        Fixture.write(dir, "main/resources/org/careweave/copy.drl", Fixture.SPLIT);
        assertUsageLine("validate: " + dir + " is not a rules folder" + NO_RULES + holds, Fixture.run("validate", dir.toString()));
        assertRulesLine("--rules " + dir + " is not a rules folder" + NO_RULES + holds,
                Fixture.run("plan", "examples/hip-replacement.json", "--rules", dir.toString()));
    }

    /** What a --rules folder with neither tables/ nor .drl files lacks, before what a rules folder holds. */
    private static final String NO_RULES = ": no .drl files and no tables/ folder;";
    /** What a folder too large or deep to be a rules folder lacks (trial42 #10: said before what one holds). */
    private static final String TOO_BIG = ": no tables/ folder, and too many files or too deep to be one;";

    /** A bad --rules folder is a rules error, exit 1 as README's exit codes say (trial42 #10: it was 2). */
    private static void assertRulesLine(String expected, Fixture.Cli r) {
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(expected.replace(";:", ";") + "\n", r.err());
    }

    private static void assertUsageLine(String expected, Fixture.Cli r) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(expected.replace(";:", ";") + "\n", r.err());
    }

    /**
     * The merge's trial: {@code validate /tmp} walked all of /tmp and failed on another process's temporary file.
     * A folder without tables/ that looks like rules (a .drl in a sub-folder, as /tmp had) but holds more than 5000
     * files and folders, or is nested more than 8 deep, is not a rules folder: the one usage line (exit 2) that
     * {@code validate src} gets, as argument or as --rules (trial int-27 review: it was exit 1, "nested more than 8
     * deep"). A folder with tables/ that large is still read no further: one problem, exit 1.
     */
    @Test
    void aHugeOrDeepFolderIsNotWalkedOn() throws Exception {
        String holds = ": a rules folder holds a tables/ folder (areas.csv, codes.csv, column-types.csv, ...) and the"
                + " rules' .drl files, in it or in its subfolders (billing/, plan/, ...)";
        Fixture.write(dir, "someone/else.drl", Fixture.SPLIT);
        Path many = java.nio.file.Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 5_000; i++) {
            java.nio.file.Files.createFile(many.resolve("f" + i));
        }
        assertUsageLine("validate: " + dir + " is not a rules folder" + TOO_BIG + holds, Fixture.run("validate",
                dir.toString()));
        assertRulesLine("--rules " + dir + " is not a rules folder: no tables/ folder, and too many files or too deep"
                + " to be one;" + holds.substring(1), Fixture.run("validate", "--rules", dir.toString()));

        Path deep = dir.resolve("deep");
        Fixture.write(deep, "someone/else.drl", Fixture.SPLIT);
        Fixture.write(deep, "a/b/c/d/e/f/g/h/i.txt", "x");
        assertUsageLine("validate: " + deep + " is not a rules folder" + TOO_BIG + holds,
                Fixture.run("validate", deep.toString()));

        java.nio.file.Files.createDirectories(dir.resolve("tables"));
        Fixture.Cli r = Fixture.run("validate", dir.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(dir + "/: more than 5000 files and folders under it; a rules folder holds a tables/ folder and"
                + " the rules' .drl files (some 150): give the rules folder itself\n", r.err());
    }

    @Test
    void theBundledRulesValidate() {
        Fixture.Cli r = Fixture.run("validate", "--rules", "rules");
        assertEquals(0, r.exit(), r.err());
    }
}
