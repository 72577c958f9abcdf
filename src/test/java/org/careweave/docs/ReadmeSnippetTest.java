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

    @Test
    void theEmbeddingProgramCompilesAndRunsAsPrinted(@TempDir Path dir) throws Exception {
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

        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ReadmeSnippetTest.class.getClassLoader())) {
            Method main = loader.loadClass("PlanOneCase").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(old);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("ot", lines.get(0), "leadOf(\"lower-body-dressing\", null)");
        assertTrue(lines.contains("lower-body-dressing -> ot"), lines.toString());
        assertTrue(lines.contains("walk-150-feet -> pt"), lines.toString());
        assertEquals("plan written", lines.get(lines.size() - 1));
    }
}
