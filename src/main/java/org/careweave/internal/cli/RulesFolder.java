package org.careweave.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.careweave.internal.io.SafeText;

/**
 * The rules folder a path given to {@code validate} means. A rules folder is one with a {@code tables/} folder in
 * it. The path itself when it is one; a file in one, at any depth ({@code rules/tables/payers.csv},
 * {@code rules/split/overlaps.drl}), means the nearest folder above it that is one; so does a folder of its
 * {@code tables/} or of its rules ({@code rules/split}: {@code .drl} files directly in it). A file outside any rules
 * folder (a case) and a folder holding a rules folder ({@code validate .} in a clone) are usage errors
 * ({@link #notRules}), and so is a folder with neither a {@code tables/} folder nor {@code .drl} files in it or its
 * sub-folders ({@code validate src}, {@code validate examples}): it is refused before it is walked. A folder with
 * rules but no tables is taken as given, so that validate says what it lacks ({@code tables/: missing}) exactly as
 * {@code --rules} would.
 */
final class RulesFolder {

    private RulesFolder() {}

    /** {@code <path>: no such file or folder}, or null when {@code given} exists. */
    static String problem(Path given) {
        if (Files.exists(given)) {
            return null;
        }
        return SafeText.escape(given.toString()) + ": no such file or folder";
    }

    /**
     * The rules folder {@code given} means (see the class comment); for a file outside any rules folder, the
     * folder holding it, where validate then says what is missing. Written relative to the working folder when
     * {@code given} was ({@code rules}, {@code ..}), so problems name files as the user would.
     */
    static Path holding(Path given) {
        boolean folder = Files.isDirectory(given);
        if (folder && isRulesFolder(given)) {
            return given;
        }
        Path absolute = given.toAbsolutePath().normalize();
        Path start = folder ? absolute : absolute.getParent();
        boolean part = !folder || "tables".equals(String.valueOf(given.toAbsolutePath().normalize().getFileName()))
                || holdsDrl(given);
        Path found = null;
        if (part) {
            for (Path p = folder ? start.getParent() : start; p != null && found == null; p = p.getParent()) {
                found = isRulesFolder(p) ? p : null;
            }
        }
        Path meant = found != null ? found : start;
        if (given.isAbsolute()) {
            return meant;
        }
        Path cwd = Path.of("").toAbsolutePath();
        String relative = cwd.relativize(meant).toString();
        return relative.isEmpty() ? Path.of(".") : Path.of(relative);
    }

    /**
     * Why {@code given} cannot be what the user meant, or null: a file outside any rules folder (a case: {@code plan}
     * checks those), or a folder that holds a rules folder ({@code validate .} in a clone), which would otherwise be
     * linted as one, every CSV file under it an unknown table. A usage error of validate's argument (exit 2), one
     * line; the same given as {@code --rules} is a rules error ({@link #holdingRules}).
     */
    static String notRules(Path given, Path meant) {
        if (isRulesFolder(meant)) {
            return null;
        }
        String shown = SafeText.bounded(given.toString(), 200);
        if (!Files.isDirectory(given)) {
            return "validate: " + shown + " is not inside a rules folder (no folder above it holds a tables/ folder);"
                    + " give the rules folder, and check a case with 'careweave plan'";
        }
        return holdingRules("validate:", given);
    }

    /**
     * {@code <option> <dir> is not a rules folder (...); did you mean <dir>/rules?} when {@code dir} is no rules
     * folder but holds one ({@code --rules .} in a clone, which would otherwise be read as a rules folder, every CSV
     * file under it an unknown table), and {@code ... is part of the rules folder <r> ...; did you mean <r>?} when it
     * is a part of one ({@code --rules rules/tables}, {@code --rules rules/split}); else null. A rules error (exit 1,
     * as README's exit codes put a bad --rules folder; trial42 #10: it was 2, where a file given as --rules was 1),
     * one line.
     */
    static String holdingRules(String option, Path dir) {
        if (dir == null || !Files.isDirectory(dir) || isRulesFolder(dir)) {
            return null;
        }
        if (isRulesFolder(dir.resolve("rules"))) {
            return option + " " + SafeText.bounded(dir.toString(), 200) + " is not a rules folder (it has no tables/"
                    + " folder); did you mean " + SafeText.bounded(dir.resolve("rules").toString(), 200) + "?";
        }
        // a part of one (its tables/ or a folder of its rules: the merge's trial gave --rules rules/tables and got
        // 93 KB of "unknown table" lines, where validate rules/tables validates the folder holding it)
        Path meant = holding(dir);
        if (isRulesFolder(meant) && !same(meant, dir)) {
            return option + " " + SafeText.bounded(dir.toString(), 200) + " is part of the rules folder "
                    + SafeText.bounded(meant.toString(), 200) + ", not one (it has no tables/ folder); did you mean "
                    + SafeText.bounded(meant.toString(), 200) + "?";
        }
        // neither tables/ nor rules (validate src, validate examples, an empty folder): said before
        // any walk, which read every file under it as a rule or table (src's queries.drl a duplicate rule)
        // nor one too large or deep to be one (validate /tmp: its walk stopped with exit 1 where validate src is 2)
        // said what is wrong with it (trial42 #10), then what a rules folder holds
        if (!holdsDrl(dir) && !subfoldersHoldDrl(dir)) {
            return option + " " + SafeText.bounded(dir.toString(), 200) + " is not a rules folder: no .drl files and"
                    + " no tables/ folder; " + HOLDS;
        }
        if (org.careweave.internal.engine.RuleSource.beyondRulesFolderSize(dir)) {
            return option + " " + SafeText.bounded(dir.toString(), 200) + " is not a rules folder: no tables/ folder,"
                    + " and too many files or too deep to be one; " + HOLDS;
        }
        return null;
    }

    /** What a rules folder holds, said when a folder given as one does not. */
    static final String HOLDS = "a rules folder holds a tables/ folder (areas.csv, codes.csv, column-types.csv, ...)"
            + " and the rules' .drl files, in it or in its subfolders (billing/, plan/, ...)";

    /** Most sub-folders looked into for .drl files before a folder is taken for a rules folder without tables/. */
    private static final int MAX_SUBFOLDERS = 200;

    /** Whether a folder directly in {@code dir} (the first {@link #MAX_SUBFOLDERS}) holds a .drl file. */
    private static boolean subfoldersHoldDrl(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory).limit(MAX_SUBFOLDERS).anyMatch(RulesFolder::holdsDrl);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** Whether {@code a} and {@code b} are one folder (however written: relative, with {@code ..}, a link). */
    static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static boolean isRulesFolder(Path dir) {
        return Files.isDirectory(dir.resolve("tables"));
    }

    private static boolean holdsDrl(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
