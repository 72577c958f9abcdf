package org.careweave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * CLI's own words, {@code <path>: <what is wrong>}, and exit 2, whichever command read it. Before: the operating
 * system's text ({@code /tmp: Is a directory}, {@code /a/b.json: /a/b.json: Not a directory}), and a --rules folder
 * that does not exist was a rules failure (exit 1) though no rule was read.
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
        Result r = run(args);
        assertEquals(List.of(2, expectedErr, ""), List.of(r.exit(), r.err(), r.out()), String.join(" ", args));
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
    void aRulesFolderThatDoesNotExistIsABadArgumentForEveryCommand() {
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
            assertBadInput(said, all.toArray(String[]::new));
        }
        assertBadInput(said, "diff", "--rules", missing, "--rules", "rules", "examples");
        assertBadInput(said, "diff", "--rules", "rules", "--rules", missing, "examples");
    }

    @Test
    void aRulesFolderThatIsAFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.drl"), "package x;\n");
        String said = "--rules " + file + ": not a folder (give the folder that holds the rules)\n";
        assertBadInput(said, "validate", "--rules", file.toString());
        assertBadInput(said, "plan", "examples/hip-replacement.json", "--rules", file.toString());
    }
}
