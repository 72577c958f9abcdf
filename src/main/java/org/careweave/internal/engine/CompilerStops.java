package org.careweave.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;
import org.careweave.internal.io.SafeText;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Drools' rule compiler stopping with an exception instead of reporting an error, as one problem in the rule that
 * makes it stop. It does so on an operator's parameters it cannot read ({@code after[1d,2d,3d]},
 * {@code after[soon]}; {@code str[beginsWith]}, which {@link JitOperators} reports first), and the exception names no
 * file, line or rule. The rule is found by building halves of the files, then halves of that file's rules (the
 * others blanked, so lines stay), until one rule is left: a few builds, on a build that failed anyway. The problem
 * is at the operator with parameters in brackets when the rule's conditions have one, else at the rule's header,
 * and says what the compiler said, in its innermost words, without class names; when no single rule makes the
 * compiler stop (it needs several files together), it is at the rules folder.
 */
final class CompilerStops {

    /** A qualified Java name's package part ({@code org.drools.mvel.evaluators.}). */
    private static final Pattern PACKAGE_PART = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.){2,}(?=[A-Za-z_$])");
    /** The words Java puts before a wrapped exception's message ("java.lang.RuntimeException: "). */
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[\\w$.]*(?:Exception|Error):\\s*)+");
    /** An operator with parameters in brackets ({@code after[1d,2d]}, {@code str[x]}), not an array's index. */
    private static final Pattern BRACKETED = Pattern.compile("(?<![\\w$.])(?:not\\s+)?[a-zA-Z]+\\s*\\[(?!\\s*\\])");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");

    private CompilerStops() {}

    /** The problem of {@code crash}, in the rule of {@code files} (paths under the rules folder) that causes it. */
    static RuleProblem problem(Map<String, String> files, Throwable crash) {
        String said = said(crash);
        List<String> drl = files.keySet().stream().filter(f -> f.endsWith(".drl")).sorted().toList();
        try {
            String file = first(drl, files);
            if (file != null) {
                RuleProblem inRule = inRule(file, files.get(file), said);
                if (inRule != null) {
                    return inRule;
                }
            }
        } catch (RuntimeException | LinkageError notFound) {
            // the search itself failed: say what is known, at the folder
        }
        return new RuleProblem("rules/", 0, "the Drools rule compiler stopped without saying where (" + said
                + "); an operator's parameters in brackets (after[...], str[...]) are the usual cause");
    }

    /** What the compiler said: the innermost message, on one line, bounded, without class names. */
    static String said(Throwable crash) {
        Throwable root = crash;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String said = root.getMessage() == null ? "" : EXCEPTION_PREFIX.matcher(root.getMessage().strip()).replaceAll("");
        said = PACKAGE_PART.matcher(said.replaceAll("\\s*\\R\\s*", " ")).replaceAll("");
        return said.isBlank() ? "no message" : SafeText.bounded(said, 160);
    }

    /** The first of {@code drl} that makes the compiler stop when built alone, or null. */
    private static String first(List<String> drl, Map<String, String> files) {
        if (drl.isEmpty() || !stops(drl.stream().map(f -> new String[] {f, files.get(f)}).toList())) {
            return null;
        }
        List<String> candidates = drl;
        while (candidates.size() > 1) {
            List<String> half = candidates.subList(0, candidates.size() / 2);
            candidates = stops(half.stream().map(f -> new String[] {f, files.get(f)}).toList()) ? half
                    : candidates.subList(candidates.size() / 2, candidates.size());
        }
        return stops(List.<String[]>of(new String[] {candidates.get(0), files.get(candidates.get(0))}))
                ? candidates.get(0) : null;
    }

    /** The problem at the rule of {@code file} that makes the compiler stop, or null when none does alone. */
    private static RuleProblem inRule(String file, String text, String said) {
        PackageDescr pkg = RuleLiterals.parse(text);
        if (pkg == null) {
            return null;
        }
        List<RuleDescr> rules = pkg.getRules().stream().filter(r -> r.getLine() > 0 && r.getEndLine() >= r.getLine())
                .toList();
        List<RuleDescr> candidates = rules;
        while (candidates.size() > 1) {
            List<RuleDescr> half = candidates.subList(0, candidates.size() / 2);
            candidates = stops(file, only(text, rules, half)) ? half
                    : candidates.subList(candidates.size() / 2, candidates.size());
        }
        if (candidates.isEmpty() || !stops(file, only(text, rules, candidates))) {
            return null;
        }
        RuleDescr rule = candidates.get(0);
        String kind = rule instanceof QueryDescr ? "query" : "rule";
        String[] lines = text.split("\r?\n", -1);
        String[] code = ParseErrors.codeOnly(lines);
        int[] at = null;
        for (int l = rule.getLine(); l <= Math.min(rule.getEndLine(), lines.length); l++) {
            if (l > rule.getLine() && THEN.matcher(code[l - 1]).find()) {
                break;
            }
            Matcher m = BRACKETED.matcher(code[l - 1]);
            while (m.find()) {
                at = at == null ? new int[] {l, m.start() + 1} : new int[] {0, 0}; // two: say the rule only
            }
        }
        boolean one = at != null && at[0] > 0;
        return new RuleProblem("rules/" + file, one ? at[0] : rule.getLine(), one ? at[1] : 0, kind + " \""
                + rule.getName() + "\" stops the Drools rule compiler: " + said);
    }

    /** {@code text} with the lines of every rule of {@code rules} not in {@code kept} blanked. */
    private static String only(String text, List<RuleDescr> rules, List<RuleDescr> kept) {
        String[] lines = text.split("\n", -1);
        for (RuleDescr r : rules) {
            if (!kept.contains(r)) {
                for (int l = r.getLine(); l <= Math.min(r.getEndLine(), lines.length); l++) {
                    lines[l - 1] = "";
                }
            }
        }
        return String.join("\n", lines);
    }

    private static boolean stops(String file, String text) {
        return stops(List.<String[]>of(new String[] {file, text}));
    }

    /** Whether building the DRL files {@code drl} (path, text) makes the compiler stop; their errors do not count. */
    private static boolean stops(List<String[]> drl) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                RuleSet.builderConfiguration(RuleClassLoader.INSTANCE));
        CompositeKnowledgeBuilder batch = kb.batch();
        for (String[] f : drl) {
            Resource r = ResourceFactory.newByteArrayResource(f[1].getBytes(StandardCharsets.UTF_8));
            r.setSourcePath("rules/" + f[0]);
            batch.add(r, ResourceType.DRL);
        }
        try {
            batch.build();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }
}
