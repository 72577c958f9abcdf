package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;

/**
 * Rules, queries, functions and declared types defined twice in one package, found before Drools compiles: Drools
 * would say "Duplicate rule name" and, for every consequence and function of the second file, "The type
 * Rule_..._1799339266 is already defined", naming neither the other file nor why. The usual cause is a copy of
 * the rules kept inside the rules folder ({@code rules/old/...}), which is read like any other folder; the problem
 * names both files, once per file that repeats another.
 */
final class DuplicateDefinitions {

    /** Words every problem of this check has, so that the compiler's own echoes of it can be told apart. */
    static final String MARK = "names must be unique in a package";

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^\\s*(rule|query)\\s+(?:\"([^\"]+)\"|([\\w$]+))"
            + "|^\\s*(function)\\s+[\\w.<>\\[\\]?, ]+?\\s+([\\w$]+)\\s*\\("
            + "|^\\s*(declare)\\s+(?:trait\\s+|enum\\s+)?([\\w$]+)");

    private DuplicateDefinitions() {}

    /** A definition: what it is ({@code rule "X"}), its file (under the rules folder) and line. */
    private record Definition(String what, String file, int line) {}

    /**
     * One problem per pair of files that define the same names in a package: a copy (several repeats, or a file of
     * the same path deeper down: {@code old/split/x.drl}) at the deeper file (ties: the later in path order), naming
     * the other; a single repeat otherwise at the later file, in the linter's words (so validate says it once).
     */
    static List<RuleProblem> check(RuleSource source) {
        Map<String, Definition> first = new LinkedHashMap<>();
        // per pair of files (earlier + "\0" + later in path order): every repeat, as {earlier's, later's}
        Map<String, List<Definition[]>> pairs = new LinkedHashMap<>();
        Map<String, String> packages = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : source.files().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String text = RuleLiterals.withoutComments(file.getValue());
            Matcher p = PACKAGE.matcher(text);
            String pkg = p.find() ? p.group(1) : "";
            packages.put(file.getKey(), pkg);
            Matcher m = DEFINITION.matcher(text);
            int counted = 0;
            int lines = 1;
            while (m.find()) {
                for (; counted < m.start(); counted++) {
                    lines += text.charAt(counted) == '\n' ? 1 : 0;
                }
                String kind;
                String name;
                if (m.group(1) != null) {
                    kind = m.group(1);
                    name = m.group(2) != null ? m.group(2) : m.group(3);
                } else if (m.group(4) != null) {
                    kind = "function";
                    name = m.group(5);
                } else {
                    kind = "type";
                    name = m.group(7);
                }
                String what = kind.equals("type") || kind.equals("function") ? kind + " " + name
                        : kind + " \"" + name + "\"";
                // rules and queries share one namespace in a package
                String key = pkg + "\u0000" + (kind.equals("query") ? "rule" : kind) + "\u0000" + name;
                Definition here = new Definition(what, file.getKey(), lines + RuleHeaders.leadingNewlines(m.group()));
                Definition before = first.putIfAbsent(key, here);
                if (before != null) {
                    pairs.computeIfAbsent(before.file() + "\u0000" + here.file(), k -> new ArrayList<>())
                            .add(new Definition[] {before, here});
                }
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (List<Definition[]> repeats : pairs.values()) {
            Definition[] one = repeats.get(0);
            String a = one[0].file();
            String b = one[1].file();
            boolean copy = repeats.size() > 1 || a.endsWith("/" + b) || b.endsWith("/" + a);
            if (!copy) {
                // at the later file, unless the earlier one's name says it is the copy (goals-copy.drl, goals.drl)
                boolean swap = copyByName(a, b) < 0;
                Definition before = one[swap ? 1 : 0];
                Definition here = one[swap ? 0 : 1];
                String other = source.locate("rules/" + before.file()) + ":" + before.line();
                problems.add(new RuleProblem("rules/" + here.file(), here.line(), here.what().startsWith("rule ")
                        ? here.what() + " is also defined at " + other + "; rule names must be unique"
                        : here.what() + " is also defined at " + other + " (package " + packages.get(here.file())
                        + "); names must be unique in a package"));
                continue;
            }
            // a copy: reported in the copy, naming the original: the file whose name is the other's with more
            // (plan/goals-copy.drl, "goals (2).drl" beside plan/goals.drl: path order put the copy first, so the
            // original was blamed), else the deeper file (old/split/x.drl beside split/x.drl), else the later
            int named = copyByName(one[0].file(), one[1].file());
            boolean laterIsCopy = named != 0 ? named > 0 : depth(one[1].file()) >= depth(one[0].file());
            Definition copied = one[laterIsCopy ? 1 : 0];
            Definition original = one[laterIsCopy ? 0 : 1];
            String other = source.locate("rules/" + original.file());
            problems.add(new RuleProblem("rules/" + copied.file(), copied.line(), "repeats " + repeats.size()
                    + (repeats.size() == 1 ? " definition of " : " definitions of ") + other + " (" + copied.what()
                    + " is also at " + other + ":" + original.line() + "): is it a copy? every .drl under the rules"
                    + " folder is compiled, and " + MARK));
        }
        return problems;
    }

    /**
     * Which of two files is by its name a copy of the other, read at the first folder or file name where their paths
     * differ (without {@code .drl}, ignoring case): 1 when {@code b}'s holds all of {@code a}'s and more
     * ({@code plan/goals-copy.drl} of {@code plan/goals.drl}, {@code plan-old/x.drl} of {@code plan/x.drl}), -1 the
     * other way, 0 when neither name says ({@code old/split/x.drl} and {@code split/x.drl}: the depth decides).
     */
    static int copyByName(String a, String b) {
        String[] as = a.toLowerCase(java.util.Locale.ROOT).split("/");
        String[] bs = b.toLowerCase(java.util.Locale.ROOT).split("/");
        int i = 0;
        while (i < as.length - 1 && i < bs.length - 1 && as[i].equals(bs[i])) {
            i++;
        }
        String x = stem(as[i]);
        String y = stem(bs[i]);
        if (y.length() > x.length() && y.contains(x)) {
            return 1;
        }
        if (x.length() > y.length() && x.contains(y)) {
            return -1;
        }
        return 0;
    }

    private static String stem(String name) {
        return name.endsWith(".drl") ? name.substring(0, name.length() - 4) : name;
    }

    private static long depth(String file) {
        return file.chars().filter(c -> c == '/').count();
    }
}
