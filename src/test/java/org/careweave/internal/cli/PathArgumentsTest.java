package org.careweave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and folders named on the command line that cannot be used (fresh-user trial): each is one line in the
 * CLI's own words, {@code <path>: <what is wrong>}, whichever command read it; exit 2 for a case or scenario path,
 * 1 for a --rules folder (the project brief: input 2, rules 1; fresh-user trial 3 found --rules /nonexist exiting 2).
 * Before: the operating system's text ({@code /tmp: Is a directory}, {@code /a/b.json: /a/b.json: Not a directory}).
 */
class PathArgumentsTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static void assertBadInput(String expectedErr, String... args) {
        assertExit(Main.BAD_INPUT, expectedErr, args);
    }

    private static void assertRulesFailed(String expectedErr, String... args) {
        assertExit(Main.RULES_FAILED, expectedErr, args);
    }

    private static void assertExit(int exit, String expectedErr, String... args) {
        Result r = run(args);
        assertEquals(List.of(exit, expectedErr, ""), List.of(r.exit(), r.err(), r.out()), String.join(" ", args));
    }

    @Test
    void aFolderWhereAFileIsReadIsSaidSoForEveryWayACaseIsRead() {
        String folder = dir + ": is a folder, not a file\n";
        assertBadInput(folder, "plan", dir.toString(), "--rules", "rules");
        assertBadInput(folder, "plan", "--input", "fhir", dir.toString(), "--rules", "rules");
        assertBadInput(folder, "plan", "--format", "fhir", dir.toString(), "--rules", "rules");
        assertBadInput(folder, "plan", "--batch", dir.toString(), "--rules", "rules");
    }

    @Test
    void aPathThroughAFileIsNoSuchFileNotTheSystemsWords() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "{}");
        String through = file.resolve("case.json").toString();
        String noSuch = through + ": no such file\n";
        assertBadInput(noSuch, "plan", through, "--rules", "rules");
        assertBadInput(noSuch, "plan", "--input", "fhir", through, "--rules", "rules");
        assertBadInput(noSuch, "plan", "--batch", through, "--rules", "rules");
    }

    @Test
    void aScenarioFolderThatIsAFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "{}");
        assertBadInput(file + ": not a folder (give the folder of scenarios)\n", "test", "--rules", "rules",
                file.toString());
    }

    @Test
    void aRulesFolderThatDoesNotExistIsARulesProblemForEveryCommand() {
        String missing = dir.resolve("no-rules").toString();
        String said = "--rules " + missing + ": no such folder\n";
        for (List<String> args : List.of(
                List.of("plan", "examples/hip-replacement.json"),
                List.of("plan", "--input", "fhir", "examples/fhir/hip-replacement.bundle.json"),
                List.of("plan", "--batch", "-"),
                List.of("validate"),
                List.of("test", "examples"),
                List.of("serve", "--port", "0"))) {
            List<String> all = new ArrayList<>(args);
            all.add("--rules");
            all.add(missing);
            assertRulesFailed(said, all.toArray(String[]::new));
        }
        assertRulesFailed(said, "diff", "--rules", missing, "--rules", "rules", "examples");
        assertRulesFailed(said, "diff", "--rules", "rules", "--rules", missing, "examples");
    }

    @Test
    void aRulesFolderThatIsAFileIsNotAFolderAndARulesProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.drl"), "package x;\n");
        // trial42 #10: said what it is, and a rules problem (exit 1) as an empty or wrong folder is
        String said = "--rules " + file + ": is a file, not a folder (give the folder that holds the rules)\n";
        assertRulesFailed(said, "validate", "--rules", file.toString());
        assertRulesFailed(said, "plan", "examples/hip-replacement.json", "--rules", file.toString());
        assertRulesFailed(said, "plan", "--batch", "-", "--rules", file.toString());
        assertRulesFailed(said, "test", "examples", "--rules", file.toString());
        assertRulesFailed(said, "diff", "--rules", file.toString(), "examples");
    }

    @Test
    void aRulesFolderThatCannotBeReadIsARulesProblem() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
            String said = "--rules " + locked + ": cannot be read (permission denied)\n";
            assertRulesFailed(said, "validate", "--rules", locked.toString());
            assertRulesFailed(said, "plan", "examples/hip-replacement.json", "--rules", locked.toString());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anEmptyRulesFolderIsAUsageLineNamingWhatARulesFolderHolds() throws IOException {
        // was exit 1 with "no .drl files" and "tables/: missing": a folder with no rules at all is not a rules
        // folder, said as --rules . is (the merge's trial), before it is walked
        Path empty = Files.createDirectory(dir.resolve("empty"));
        // trial42 #10: a bad --rules folder is a rules problem (exit 1, README), as a file given as --rules is, and
        // says what is wrong with it before what a rules folder holds
        Result r = run("plan", "examples/hip-replacement.json", "--rules", empty.toString());
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("--rules " + empty + " is not a rules folder: no .drl files and no tables/"
                + " folder; a rules folder holds a tables/ folder"), r.err());
        Result examples = run("plan", "examples/hip-replacement.json", "--rules", "examples");
        assertEquals(Main.RULES_FAILED, examples.exit(), examples.err());
        assertEquals("", examples.out());
        assertTrue(examples.err().startsWith("--rules examples is not a rules folder: no .drl files and no tables/"
                + " folder;"), examples.err());
    }
}
