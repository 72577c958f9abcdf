package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleIssue;
import org.careweave.internal.engine.RuleLinter;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's mistakes in a copy of the real rules (hostile-user trial, 1 December): each is one problem at
 * the file, line and column of the mistake, in the author's words. Lines are found in the copy's text, so that
 * edits to the rules elsewhere move them without breaking the tests; every edit must find its text exactly once.
 */
class BrokenRulesCopyTest {

    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorInTheFileThatDefinesAFunctionIsTheOneErrorNotTheCallsElsewhere() throws IOException {
        Path rules = copy();
        String file = "split/body-function.drl";
        int line = edit(rules, file, "rule \"Balance is PT's\"\n", "rule \"Balance is PT's\" oops\n");
        // body-function.drl defines inRegion; every call of it in another file failed with the file unparsed
        long calls = 0;
        try (var files = Files.list(rules.resolve("split"))) {
            for (Path f : files.filter(f -> !f.endsWith("body-function.drl")).toList()) {
                calls += Files.readString(f).split("inRegion\\(", -1).length - 1;
            }
        }
        assertEquals(true, calls > 0, "overlaps.drl calls inRegion");
        assertEquals(List.of(rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "oops")
                + ": mismatched input 'oops' in rule \"Balance is PT's\"; not listed until this file parses: " + calls
                + (calls == 1 ? " error in another file that uses " : " errors in other files that use ")
                + "inRegion, defined here"), problems(rules));
    }

    @Test
    void hiddenRuleFilesAreNeitherCountedHashedNorCompiledAndValidateNamesThem() throws IOException {
        Path rules = copy();
        String version = RuleSource.fromDirectory(rules).version();
        // .y.drl repeats hand.drl's rules: compiled, it would be an error; ._hand.drl is a macOS resource fork (not
        // UTF-8: read, it would be an error too); .old/ is a hidden folder of older rules
        Files.copy(rules.resolve("split/hand.drl"), rules.resolve("split/.y.drl"));
        Files.write(rules.resolve("split/._hand.drl"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, (byte) 0xff, (byte) 0xfe});
        Files.createDirectories(rules.resolve(".old/split"));
        Files.copy(rules.resolve("split/hand.drl"), rules.resolve(".old/split/hand.drl"));
        Files.writeString(rules.resolve("split/.notes.txt"), "not a rule file: not worth a warning");
        RuleSource source = RuleSource.fromDirectory(rules);
        assertEquals(version, source.version(), "the version a plan reports and the watcher compares");
        assertEquals(RuleSource.fromDirectory(TestRules.RULES).files().keySet(), source.files().keySet(),
                "the files validate counts");
        RuleSet.compile(source); // no error: the hidden files are not compiled
        assertEquals(List.of(
                rules + "/.old/split/hand.drl: warning: not read: it is in a hidden folder (.old/); move it out of "
                        + "that folder if its rules or rows should count",
                rules + "/split/._hand.drl: warning: not read: a hidden file; '._' files are macOS resource forks "
                        + "(copied from a Mac disk), safe to delete",
                rules + "/split/.y.drl: warning: not read: a hidden file (its name starts with '.'); rename it "
                        + "without the '.' if its rules or rows should count"),
                RuleLinter.lint(source).stream().filter(i -> i.message().startsWith("not read"))
                        .map(RuleIssue::toString).toList());
        // rules given as text (tests, tools, git revisions) are sorted the same way
        assertEquals(java.util.Set.of("split/split.drl"), RuleSource.of("t", java.util.Map.of(
                "split/split.drl", Fixture.SPLIT, "split/.y.drl", Fixture.SPLIT)).files().keySet());
    }

    @Test
    void aMisspeltFactTypeIsAtItsLineAndColumnWithTheFactTypeMeant() {
        Path rules = copy();
        String file = "split/body-function.drl";
        int line = edit(rules, file, "Problem( $area : area == \"balance\" )", "Problme( $area : area == \"balance\" )");
        assertEquals(List.of(rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "Problme")
                + ": no fact type 'Problme' in rule \"Balance is PT's\": did you mean Problem?"), problems(rules));
    }

    @Test
    void aFactTypeNearNoneIsSaidWithoutAGuess() {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>(Fixture.files());
        // lines 8 and 16 of split.drl: "    Problem( $area : area, area == \"walk-150-feet\" )"
        files.put("split/split.drl", Fixture.SPLIT.replace("Problem( $area : area, area == \"walk-150-feet\" )",
                "Porblem( $area : area, area == \"walk-150-feet\" )").replace(
                "Problem( $area : area, area == \"lower-body-dressing\" )",
                "Zebra( $area : area, area == \"lower-body-dressing\" )"));
        RuleBuildException e = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(RuleSource.of("t", files)));
        assertEquals(List.of(
                "rules/split/split.drl:8:5: no fact type 'Porblem' in rule \"Walking is how the body moves, so PT "
                        + "leads it\": did you mean Problem?",
                "rules/split/split.drl:16:5: no fact type 'Zebra' in rule \"Dressing is a daily occupation, so OT "
                        + "leads it\": not imported nor declared in the rules"),
                e.problems().stream().map(RuleProblem::toString).toList());
    }

    @Test
    void aMisspeltFieldOnThePatternsSecondLineIsAtThatLine() {
        Path rules = copy();
        String file = "split/overlaps.drl";
        // the pattern starts on the line before ("Problem( $area : area in (...),"): Drools reports it there
        int line = edit(rules, file, "$region : region, region == null || region == \"upper-limb\" )",
                "$region : regoin, region == null || region == \"upper-limb\" )");
        String rule = ruleBefore(rules, file, line);
        // one problem: the later pattern that uses $region ("region == $region") follows from it
        assertEquals(List.of(rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "regoin")
                + ": Problem has no field 'regoin' in rule \"" + rule + "\""), problems(rules));
    }

    @Test
    void tableErrorsAreAtTheColumnOfTheirField() throws IOException {
        Path rules = copy();
        int amount = edit(rules, "tables/thresholds.csv", "kx,2023,2230,", "kx,2023,22x0,");
        int code = edit(rules, "tables/interventions.csv", "\neating,ot,97535,\n", "\neating,ot,99535,\n") + 1;
        // a field left out: oral-hygiene's input; interventions.csv names oral-hygiene, which is no second mistake
        int areas = edit(rules, "tables/areas.csv", "oral-hygiene,Oral hygiene,self-care,gg,finding",
                "oral-hygiene,Oral hygiene,self-care,gg");
        int end = Files.readAllLines(rules.resolve("tables/areas.csv")).get(areas - 1).length() + 1;
        assertEquals(List.of(
                // area,label,domain,scale,input; area,discipline,code,nature; kind,year,amount,source
                rules + "/tables/areas.csv:" + areas + ":" + end + ": expected 5 fields, found 4: column 'input' (the 5th)"
                        + " is missing where the line ends",
                rules + "/tables/interventions.csv:" + code + ":" + columnOf(rules, "tables/interventions.csv", code,
                        "99535") + ": column 'code' (the 3rd): code '99535' is not in tables/codes.csv",
                rules + "/tables/thresholds.csv:" + amount + ":" + columnOf(rules, "tables/thresholds.csv", amount,
                        "22x0") + ": column 'amount' (the 3rd): '22x0' is not a number written as digits with an"
                        + " optional decimal part (no sign, exponent, NaN or infinity)"),
                problems(rules));
    }

    @Test
    void aWildcardImportOfAPackageThatDoesNotExistIsAnErrorAtTheImport() {
        Path rules = copy();
        String file = "split/hand.drl";
        int line = edit(rules, file, "import org.careweave.fact.*;\n", "import org.careweave.fact.*;\nimport com.nope.*;\n")
                + 1;
        assertEquals(List.of(rules + "/" + file + ":" + line + ":8: there is no package com.nope to import: "
                + "correct or remove the import"), problems(rules));
    }

    @Test
    void wildcardImportsOfTheJdkAndOfAClassAreNoError() {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>(Fixture.files());
        files.put("split/split.drl", Fixture.SPLIT.replace("import org.careweave.fact.*;",
                "import org.careweave.fact.*;\nimport java.util.*;\nimport org.careweave.fact.billing.BillingMath.*;"));
        RuleSet.compile(RuleSource.of("t", files));
    }

    @Test
    void aStrOperatorIsRefusedAtItsLineAndColumnWithTheStringMethodToWriteInstead() {
        // It built and planned a few cases, then failed every plan once Drools jitted the constraint (JitOperators).
        Path rules = copy();
        String file = "plan/interventions.drl";
        int line = edit(rules, file, "code.startsWith( \"H81.1\" )", "code str[startsWith] \"H81.1\"");
        String problem = rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "str[startsWith]")
                + ": the operator str[startsWith] fails in Drools 10.2.0 once the rule has run 20 times: write code.startsWith( \"H81.1\" ) instead";
        assertEquals(List.of(problem), problems(rules));
        // plan refuses the rules before planning anything, as for any rule error
        Fixture.Cli r = Fixture.run("plan", TestRules.EXAMPLES.resolve("vestibular-bppv-canalith-repositioning.json")
                .toString(), "--rules", rules.toString());
        assertEquals(org.careweave.internal.cli.Main.RULES_FAILED, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of(problem), r.err().lines().toList());
    }

    /**
     * {@code str[beginsWith]}: validate printed Drools' 86-line stack trace ("No enum constant ...
     * StrEvaluatorDefinition.Operations.beginsWith"), plan "internal error (RuntimeException)" with no place. Now
     * both print one line at its column, with the names str takes and the String method to write.
     */
    @Test
    void anUnknownStrOperatorIsOneLineAtItsColumnForValidateAndPlan() {
        Path rules = copy();
        String file = "split/body-function.drl";
        int line = edit(rules, file, "Problem( $area : area == \"balance\" )",
                "Problem( $area : area str[beginsWith] \"balance\" )");
        String problem = rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "str[")
                + ": str[beginsWith] is not an operator: str takes startsWith, endsWith or length (did you mean "
                + "startsWith?), and each fails in Drools 10.2.0 once the rule has run 20 times: write "
                + "area.startsWith( \"balance\" ) instead";
        assertRulesRefused(rules, problem);
    }

    /**
     * {@code str[beginsWith]} made Drools' rule compiler stop, and validate listed it alone: a misspelt field in
     * another file came out only once the operator was fixed (hostile trial of the merge). Both now in one run.
     */
    @Test
    void anUnknownStrOperatorIsListedWithTheOtherDrlErrorsOfTheFolder() {
        Path rules = copy();
        String hand = "split/hand.drl";
        int operator = edit(rules, hand, "Condition( category == \"burn\" )",
                "Condition( category str[beginsWith] \"burn\" )");
        String file = "split/body-function.drl";
        int line = edit(rules, file, "Problem( $area : area == \"balance\" )", "Problem( $area : araa == \"balance\" )");
        List<String> both = List.of(
                rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "araa")
                        + ": Problem has no field 'araa' in rule \"Balance is PT's\"",
                rules + "/" + hand + ":" + operator + ":" + columnOf(rules, hand, operator, "str[")
                        + ": str[beginsWith] is not an operator: str takes startsWith, endsWith or length (did "
                        + "you mean startsWith?), and each fails in Drools 10.2.0 once the rule has run 20 times: write "
                        + "category.startsWith( \"burn\" ) instead");
        assertEquals(both, problems(rules));
        Fixture.Cli validate = Fixture.run("validate", "--rules", rules.toString());
        assertEquals(org.careweave.internal.cli.Main.RULES_FAILED, validate.exit(), validate.err());
        java.util.ArrayList<String> expected = new java.util.ArrayList<>(both);
        expected.add("2 error(s), 0 warning(s)");
        assertEquals(expected, validate.err().lines().toList());
    }

    /**
     * An operator's parameters Drools' rule compiler cannot read ({@code after[1d,2d,3d]}: at most two) made it stop
     * with an exception naming no place (validate: an 87-line stack trace). No check knows every such construct, so
     * the rule is searched for: the problem is at the operator, names the rule, and says what the compiler said.
     */
    @Test
    void anOperatorParameterTheCompilerStopsOnIsAtItsRuleAndColumn() {
        Path rules = copy();
        String file = "split/body-function.drl";
        int line = edit(rules, file, "Problem( $area : area == \"balance\" )",
                "Problem( $area : area after[1d,2d,3d] \"balance\" )");
        assertRulesRefused(rules, rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "after[")
                + ": rule \"Balance is PT's\" stops the Drools rule compiler: [PointInTimeEvaluator Evaluator]: "
                + "Not possible to have more than 2 parameters: '1d,2d,3d'");
    }

    /**
     * A bad regular expression: Drools' error named the file only ("Unable to Analyse Expression area ~= "([":
     * [Error: bad regular expression]"); now at its line and column, with the rule and java.util.regex's words.
     */
    @Test
    void aBadRegularExpressionIsAtItsLineAndColumnWithTheRuleAndWhatIsWrong() {
        Path rules = copy();
        String file = "split/body-function.drl";
        int line = edit(rules, file, "Problem( $area : area == \"balance\" )", "Problem( $area : area matches \"([\" )");
        assertRulesRefused(rules, rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "\"([")
                + ": rule \"Balance is PT's\" matches \"([\", which is not a regular expression: Unclosed character "
                + "class near index 1");
    }

    /**
     * A mistake in a function's body was 40-50 errors: the function's, at the line before the mistake, in Drools'
     * words ("[ function inRegioninRegion (line:18): ..."), then "The import careweave.split.InRegion cannot be
     * resolved" for every rule of the package and "inRegion(...) is not a method" at each call. Now one error per
     * mistake, at its line and column in the function.
     */
    @Test
    void aMistakeInAFunctionBodyIsOneErrorAtItsLineAndColumn() {
        Path rules = copy();
        String file = "split/body-function.drl";
        int line = edit(rules, file, "return \" (region not given)\";", "return \" (region not given)\" + regoin;");
        // and a type error in another package's function
        String goals = "plan/goals.drl";
        int typed = edit(rules, goals, "    return level + (longTarget - level + 1) / 2;",
                "    return \"level\" + (longTarget - level + 1) / 2;");
        assertEquals(List.of(
                rules + "/" + goals + ":" + typed + ":" + columnOf(rules, goals, typed, "\"level\"")
                        + ": function shortTarget: Type mismatch: cannot convert from String to int",
                rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "regoin")
                        + ": function inRegion: regoin cannot be resolved to a variable"),
                problems(rules));
    }

    /**
     * A rule file named OVER.DRL was refused alone: validate said nothing of the rest of the folder. Now it is one
     * error among the others, the rest of the folder checked as usual.
     */
    @Test
    void anUpperCaseRuleFileIsAnErrorListedWithTheFoldersOtherProblems() throws IOException {
        Path rules = copy();
        Files.copy(rules.resolve("split/hand.drl"), rules.resolve("split/OVER.DRL"));
        String file = "split/body-function.drl";
        int line = edit(rules, file, "Problem( $area : area == \"balance\" )", "Problem( $area : araa == \"balance\" )");
        List<String> both = List.of(
                rules + "/split/OVER.DRL: not read: rule file names end in lower-case .drl; rename it to OVER.drl",
                rules + "/" + file + ":" + line + ":" + columnOf(rules, file, line, "araa")
                        + ": Problem has no field 'araa' in rule \"Balance is PT's\"");
        Fixture.Cli validate = Fixture.run("validate", "--rules", rules.toString());
        assertEquals(org.careweave.internal.cli.Main.RULES_FAILED, validate.exit(), validate.err());
        java.util.ArrayList<String> expected = new java.util.ArrayList<>(both);
        expected.add("2 error(s), 0 warning(s)");
        assertEquals(expected, validate.err().lines().toList());
        assertEquals(both, problems(rules));
    }

    /**
     * A finding-natures.csv row with its codePrefix left blank loaded and then never matched any case (the rules
     * bind the prefix with {@code codePrefix != null}): sensation after complex regional pain syndrome silently read as
     * loss of feeling. Every row has a prefix, so column-types.csv makes it required: validate and plan refuse the
     * copy at the blank cell, naming the column.
     */
    @Test
    void aBlankCodePrefixOfAFindingNatureIsRefusedAtItsCell() {
        Path rules = copy();
        String file = "tables/finding-natures.csv";
        int line = edit(rules, file, "sensation,G90.5,hypersensitivity,", "sensation,,hypersensitivity,");
        // the cell starts after "sensation," (10 characters): column 11, the 2nd field
        assertRulesRefused(rules, rules + "/" + file + ":" + line + ":11: column 'codePrefix' (the 2nd): must not be "
                + "blank (tables/column-types.csv makes it required: a blank would silently default)");
    }

    /**
     * {@code validate --rules} and {@code plan --rules} both exit 1 with {@code problem} as their one line of
     * problems (validate adds its count), nothing planned, no Drools class name, no exception, no stack trace.
     */
    private static void assertRulesRefused(Path rules, String problem) {
        assertEquals(List.of(problem), problems(rules));
        Fixture.Cli validate = Fixture.run("validate", "--rules", rules.toString());
        assertEquals(org.careweave.internal.cli.Main.RULES_FAILED, validate.exit(), validate.err());
        assertEquals(List.of(problem, "1 error(s), 0 warning(s)"), validate.err().lines().toList());
        Fixture.Cli plan = Fixture.run("plan", TestRules.EXAMPLES.resolve("hip-replacement.json").toString(), "--rules",
                rules.toString());
        assertEquals(org.careweave.internal.cli.Main.RULES_FAILED, plan.exit(), plan.err());
        assertEquals("", plan.out());
        assertEquals(List.of(problem), plan.err().lines().toList());
        for (String said : List.of(validate.err(), plan.err())) {
            assertEquals(false, said.contains("org.drools") || said.contains("Exception") || said.contains("\tat "),
                    said);
        }
    }

    @Test
    void theBppvRuleWrittenWithStartsWithPlansPastDroolsJittingThreshold() throws IOException {
        // 30 plans with one planner: the prefix constraint is evaluated more than 20 times, so Drools jits it (on a
        // background thread: the pause lets it finish) and the last plans use the jitted code
        org.careweave.internal.engine.Planner planner = TestRules.planner();
        String json = Files.readString(TestRules.EXAMPLES.resolve("vestibular-bppv-canalith-repositioning.json"));
        for (int i = 0; i < 30; i++) {
            if (i == 25) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            org.careweave.plan.CarePlan plan = planner.plan(org.careweave.io.CaseReader.read(json));
            assertEquals(true, plan.interventions().stream().anyMatch(v -> v.discipline().equals("pt")
                    && v.area().equals("balance") && v.code().equals("95992")),
                    "plan " + (i + 1) + " has PT's canalith repositioning");
        }
    }

    /** A copy of rules/ in the temp folder. */
    private Path copy() {
        Path rules = dir.resolve("rules");
        try {
            TestRules.copyTree(TestRules.RULES, rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; returns the 1-based line it is on. */
    static int edit(Path rules, String file, String from, String to) {
        try {
            Path p = rules.resolve(file);
            String text = Files.readString(p);
            int at = text.indexOf(from);
            assertEquals(true, at >= 0 && text.indexOf(from, at + 1) < 0, file + " must hold '" + from + "' once");
            Files.writeString(p, text.substring(0, at) + to + text.substring(at + from.length()));
            return lineOf(text, at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of character {@code at} of {@code text}. */
    static int lineOf(String text, int at) {
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    /** The 1-based column of {@code what} in line {@code line} of {@code file}. */
    static int columnOf(Path rules, String file, int line, String what) {
        try {
            String l = Files.readAllLines(rules.resolve(file)).get(line - 1);
            assertEquals(true, l.contains(what), () -> "line " + line + " of " + file + ": " + l);
            return l.indexOf(what) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the rule whose text holds line {@code line} of {@code file}. */
    static String ruleBefore(Path rules, String file, int line) {
        try {
            List<String> lines = Files.readAllLines(rules.resolve(file));
            for (int i = line - 1; i >= 0; i--) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^rule \"([^\"]+)\"").matcher(lines.get(i));
                if (m.find()) {
                    return m.group(1);
                }
            }
            throw new AssertionError("no rule before line " + line + " of " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of compiling {@code rules}, as the command line prints them. */
    private static List<String> problems(Path rules) {
        RuleBuildException e = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(RuleSource.fromDirectory(rules)));
        return e.problems().stream().map(RuleProblem::toString).toList();
    }
}
