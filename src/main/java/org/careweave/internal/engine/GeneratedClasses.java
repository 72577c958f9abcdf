package org.careweave.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.kie.internal.jci.CompilationProblem;

/**
 * The Java classes Drools generates for the consequences of a rule set that failed to build, written to a
 * temporary folder ({@code DumpDirOption}) so that a Java compiler problem's position, an offset in a generated
 * class, can be read as a column of the rule author's consequence line ({@link CompileErrors}).
 */
final class GeneratedClasses {

    private GeneratedClasses() {}

    /** A new temporary folder, or null when none can be made (then columns come from the messages' names). */
    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("careweave-rule-classes");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Deletes {@code dir} and what it holds; a failure is ignored (it is only a temporary copy). */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind is no reason to hide the rule author's errors
        }
    }

    /**
     * The 1-based column in {@code drlLine} where the compiler's problem {@code p} starts, 0 if it cannot be told.
     * The compiler gives an offset into the generated class; Drools copies each consequence line into it with
     * calls such as {@code insertLogical(} prefixed ({@code drools.insertLogical(}), so the generated line is
     * matched to the DRL line by what follows the problem's start (or else what precedes it), or by the text the
     * problem spans when that occurs once in the line.
     */
    static int column(Path generated, CompilationProblem p, String drlLine) {
        if (generated == null || p.getFileName() == null || p.getStartColumn() < 0) {
            return 0;
        }
        String java;
        try {
            java = Files.readString(generated.resolve(p.getFileName()));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        int start = p.getStartColumn();
        if (start >= java.length()) {
            return 0;
        }
        int lineStart = java.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = java.indexOf('\n', start);
        String line = java.substring(lineStart, lineEnd < 0 ? java.length() : lineEnd).stripTrailing();
        int at = start - lineStart;
        if (at >= line.length()) {
            return 0;
        }
        return columnIn(line, at, Math.min(p.getEndColumn() - lineStart + 1, line.length()), drlLine.stripTrailing());
    }

    /** {@link #column}'s matching of a generated line (problem at {@code [at, end)}) to a DRL line. */
    static int columnIn(String java, int at, int end, String drl) {
        String after = java.substring(at);
        if (drl.endsWith(after)) {
            return drl.length() - after.length() + 1;
        }
        if (drl.startsWith(java.substring(0, at))) {
            return at + 1;
        }
        String spanned = end > at ? java.substring(at, end) : "";
        int first = spanned.isBlank() ? -1 : drl.indexOf(spanned);
        return first >= 0 && drl.indexOf(spanned, first + 1) < 0 ? first + 1 : 0;
    }
}
