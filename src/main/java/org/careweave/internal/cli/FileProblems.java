package org.careweave.internal.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.io.SafeText;

/**
 * A file or folder named on the command line that cannot be used, said as every other input error is:
 * {@code <path>: <what is wrong>}, exit 2 for a case or scenario file, 1 for a rules folder. Never the operating system's own text ({@code Is a directory},
 * {@code /x: /x: Not a directory}), which differs between systems and repeats the path.
 */
final class FileProblems {

    private FileProblems() {}

    /** Why {@code file}, which could not be read, cannot be read: {@code <path>: is a folder, not a file}. */
    static String of(Path file, IOException e) {
        return SafeText.escape(file.toString()) + ": " + why(file, e);
    }

    /**
     * Every error of a refused case, one line each as {@code <file>: <pointer>: <message>}, in the order the case
     * was read; past {@link org.careweave.InputException#MAX_ERRORS}, one line {@code <file>: ... and <n> more
     * error(s)}. One error is one line, as before.
     */
    static java.util.List<String> inputErrors(Path file, org.careweave.InputException e) {
        String place = SafeText.escape(file.toString()) + ": ";
        java.util.List<String> lines = new java.util.ArrayList<>();
        e.errors().forEach(x -> lines.add(place + x.getMessage()));
        if (e.moreErrors() > 0) {
            lines.add(place + "... and " + e.moreErrors() + " more error(s)");
        }
        return lines;
    }

    /**
     * {@code --rules <dir>: no such folder} when a --rules argument is not a readable folder; null when it is one.
     * Said as every path problem is, but a rules problem (exit 1): the rules could not be read.
     */
    static String rulesFolder(Path dir) {
        String problem = dir == null ? null : RuleSource.folderProblem(dir);
        return problem == null ? null : "--rules " + SafeText.escape(dir.toString()) + ": " + problem;
    }

    private static String why(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "is a folder, not a file";
        }
        if (!Files.exists(file)) {
            return "no such file"; // also a path through a file (a/b.json where a is a file)
        }
        if (e instanceof AccessDeniedException || !Files.isReadable(file)) {
            return "cannot be read (permission denied)";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : null;
        return "cannot be read (" + (reason != null ? SafeText.excerpt(reason) : e.getClass().getSimpleName()) + ")";
    }
}
