package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;

/**
 * The errors a file that failed to parse causes in other files: what it defines (a function, a declared type, a
 * global, a query) is missing from its package, so every other file that uses it fails too ({@code overlaps.drl:41:
 * inRegion(...) is not a method} after a syntax error in {@code body-function.drl}, where {@code inRegion} is
 * defined). Those errors go away with the syntax error and are left out: the syntax error is the one to fix, and it
 * says how many errors elsewhere follow from it.
 */
final class ParseFollowOns {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    /** What a file defines for the rest of its package: read from the text, since the file does not parse. */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^\\s*function\\s+[\\w.<>\\[\\]?, ]+?\\s+([\\w$]+)\\s*\\("
            + "|^\\s*declare\\s+(?:trait\\s+|enum\\s+)?([\\w$]+)"
            + "|^\\s*global\\s+[\\w.<>\\[\\]?, ]+?\\s+([\\w$]+)\\s*;?"
            + "|^\\s*query\\s+(?:\"([^\"]+)\"|([\\w$]+))");

    private ParseFollowOns() {}

    /**
     * {@code problems} without the errors, in files that parsed, that name something a file of {@code unparsed}
     * (path under {@code rules/} to text) defines for the same package; the first syntax error of such a file then
     * says how many were left out. Syntax errors are recognised as the problems of the {@code unparsed} files.
     */
    static List<RuleProblem> without(Map<String, String> unparsed, Map<String, String> files,
            List<RuleProblem> problems) {
        if (unparsed.isEmpty()) {
            return problems;
        }
        List<Defined> defined = new ArrayList<>();
        unparsed.forEach((file, text) -> defined.addAll(definitions(file, text)));
        // what a file that parsed defines too (every file of a package declares its globals) is not missing
        Set<String> elsewhere = new java.util.HashSet<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".drl") && !unparsed.containsKey("rules/" + path)) {
                definitions("rules/" + path, text).forEach(d -> elsewhere.add(d.pkg() + "\0" + d.name()));
            }
        });
        defined.removeIf(d -> elsewhere.contains(d.pkg() + "\0" + d.name()));
        Map<String, Integer> dropped = new LinkedHashMap<>();
        Map<String, Set<String>> used = new LinkedHashMap<>();
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem p : problems) {
            Defined cause = unparsed.containsKey(p.file()) ? null : causeOf(p, files, defined);
            if (cause == null) {
                kept.add(p);
            } else {
                dropped.merge(cause.file(), 1, Integer::sum);
                used.computeIfAbsent(cause.file(), f -> new java.util.TreeSet<>()).add(cause.name());
            }
        }
        List<RuleProblem> out = new ArrayList<>();
        Set<String> told = new java.util.HashSet<>();
        for (RuleProblem p : kept) {
            Integer n = dropped.get(p.file());
            if (n != null && told.add(p.file())) {
                p = new RuleProblem(p.file(), p.line(), p.column(), p.message() + "; not listed until this file parses: " + n
                        + (n == 1 ? " error in another file that uses " : " errors in other files that use ")
                        + String.join(", ", used.get(p.file())) + ", defined here");
            }
            out.add(p);
        }
        return out;
    }

    /** The names {@code text} (file {@code file}) defines for its package, read from the text. */
    private static List<Defined> definitions(String file, String text) {
        String clean = RuleLiterals.withoutComments(text);
        String pkg = packageOf(clean);
        List<Defined> out = new ArrayList<>();
        Matcher m = DEFINITION.matcher(clean);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    // a declared type can be imported by other packages; functions, globals, queries cannot
                    out.add(new Defined(file, g == 2 ? null : pkg, m.group(g)));
                }
            }
        }
        return out;
    }

    /** A name a file that did not parse defines: for its package only, or (a type, package null) for any. */
    private record Defined(String file, String pkg, String name) {}

    /** What {@code p} is about of the definitions of files that did not parse, or null. */
    private static Defined causeOf(RuleProblem p, Map<String, String> files, List<Defined> defined) {
        String file = p.file();
        String text = files.get(file.startsWith("rules/") ? file.substring("rules/".length()) : file);
        if (text == null) {
            return null;
        }
        String pkg = packageOf(RuleLiterals.withoutComments(text));
        for (Defined d : defined) {
            if ((d.pkg() == null || d.pkg().equals(pkg)) && Pattern.compile(
                    "(?<![\\w$])" + Pattern.quote(d.name()) + "(?![\\w$])").matcher(p.message()).find()) {
                return d;
            }
        }
        return null;
    }

    private static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
