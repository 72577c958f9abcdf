package org.careweave.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding program compiles exactly as printed (imports and checked exceptions included) against
 * careweave's classes and runs: the hip-replacement example's lower-body dressing is led by OT (seed 000's
 * worked example: OT retrains dressing after a new hip).
 */
class ReadmeSnippetTest {

    /** The first {@code ```java} block of the README's "Embedding" section. */
    static String embeddingSnippet() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("\n## Embedding\n");
        assertTrue(section >= 0, "README has an Embedding section");
        int start = readme.indexOf("```java\n", section);
        int end = readme.indexOf("\n```", start + 8);
        assertTrue(start > 0 && end > start, "the Embedding section has a java block");
        return readme.substring(start + "```java\n".length(), end + 1);
    }

    /** Compiles the README's program into {@code dir}, as printed, warnings as errors. */
    private static void compile(Path dir) throws IOException {
        String source = embeddingSnippet();
        assertTrue(source.contains("public class PlanOneCase"), "the snippet is a whole program");
        Path file = dir.resolve("PlanOneCase.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests run on a JDK");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-d", dir.toString(), "-classpath",
                System.getProperty("java.class.path"), "-Xlint:all,-path", "-Werror", "-proc:none", file.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
    }

    /** What the compiled program prints to standard output and standard error run with {@code args}. */
    private static List<List<String>> run(Path dir, String... args) throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ReadmeSnippetTest.class.getClassLoader())) {
            Method main = loader.loadClass("PlanOneCase").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) args); // an exception out of main fails the test: the program catches them
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return List.of(out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theEmbeddingProgramCompilesAndRunsAsPrinted(@TempDir Path dir) throws Exception {
        compile(dir);
        List<String> lines = run(dir).get(0);
        assertEquals("ot", lines.get(0), "leadOf(\"lower-body-dressing\", null)");
        assertTrue(lines.contains("lower-body-dressing -> ot"), lines.toString());
        assertTrue(lines.contains("walk-150-feet -> pt"), lines.toString());
        assertEquals("plan written", lines.get(lines.size() - 1));
    }

    /**
     * Fresh-user trial 25: the program had no catch, so a broken rules folder ended it with a stack trace. It now
     * shows the exception to catch and what it carries: run on a copy of the rules with one table value out of
     * range, it prints that problem at its file:line:column and plans nothing.
     */
    @Test
    void theEmbeddingProgramSaysWhatIsWrongWithABrokenRulesFolder(@TempDir Path dir) throws Exception {
        compile(dir);
        Path rules = dir.resolve("rules");
        org.careweave.TestRules.copyTree(org.careweave.TestRules.RULES, rules);
        Path levels = rules.resolve("tables/assist-levels.csv");
        List<String> in = Files.readAllLines(levels);
        int row = -1;
        for (int i = 0; i < in.size() && row < 0; i++) {
            row = in.get(i).matches("6,.*") ? i : -1;
        }
        assertTrue(row >= 0, "assist-levels.csv has a row for level 6");
        in.set(row, "9" + in.get(row).substring(1));
        Files.writeString(levels, String.join("\n", in) + "\n");
        List<List<String>> printed = run(dir, rules.toString());
        assertEquals(List.of(), printed.get(0), "nothing planned");
        List<String> err = printed.get(1);
        assertTrue(!err.isEmpty() && err.stream().allMatch(l -> l.startsWith(rules + "/tables/")), err.toString());
        // level is assist-levels.csv's first column: the cell starts the line
        String at = rules + "/tables/assist-levels.csv:" + (row + 1) + ":1: column 'level' (the 1st): 9 is above 6";
        assertTrue(err.stream().anyMatch(l -> l.startsWith(at)), err.toString());
        assertTrue(err.stream().noneMatch(l -> l.contains("Exception") || l.contains("\tat ")), err.toString());
    }
}
