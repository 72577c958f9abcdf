package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What the compiler does not check but a rule author needs to know, each finding at {@code <folder>/<file>:<line>}
 * (the rules folder as given, see {@link RuleSource#locate(String)}).
 * Works on the DRL parser's descriptors (rule and pattern line numbers), never on regexes over the file, and on
 * the table rows:
 * <ul>
 * <li>errors: a rule without {@code @source}; two rules with one name anywhere in the rule set (Drools would
 * keep one of them silently, and a plan's reasons name rules by name); a rule in an agenda-group or
 * ruleflow-group that nothing focuses (no {@code auto-focus} rule in it, no {@code setFocus("group")} in any
 * right-hand side: careweave's engine never focuses a group from Java); a rule switched off ({@code enabled} other
 * than {@code true}) or made to fire by the clock ({@code date-effective}, {@code date-expires}, {@code calendars},
 * {@code timer}: the same case would plan differently another day); a pattern whose constraints on one field
 * contradict each other ({@link ContradictionCheck}); the table problems of {@link TableLinter};</li>
 * <li>warnings: {@code modify}/{@code update} in a right-hand side and {@code salience}, which the rule-writing
 * conventions rule out (derive facts with {@code insertLogical}; order by facts, not priorities), except a negative
 * salience on a rule that aggregates (accumulate, collect): a stratum that lets it wait for what it sums, or on a
 * rule with a {@code not} of a fact the rules derive, to wait until that is concluded; a file under the folder
 * named like a backup of a rule or table file ({@code goals.drl~}), which is not read; a constraint that calls a
 * method on a value, or gives it to one, after testing it for null in an {@code ||} ({@link JitNullGuards}: MVEL
 * cannot jit it, and Drools logs a warning at every start); a String method that throws on a null argument
 * ({@code startsWith}, {@code endsWith}, a String's {@code contains}, {@code indexOf}) given a field that can be null
 * with no {@code != null} test before it ({@link JitNullGuards}: the plan of a case with the null fails), at the call's
 * line and column; a constraint naming a field bare while the package has a function of that name
 * ({@link FunctionShadows}: Drools reads the function, the field is never tested).</li>
 * </ul>
 * Syntax errors are left to the compiler ({@link RuleSet#compile}); a file that does not parse is skipped here.
 */
public final class RuleLinter {

    private static final Pattern SET_FOCUS = Pattern.compile(
            "(?:setFocus\\s*\\(\\s*\"([^\"]+)\"|getAgendaGroup\\s*\\(\\s*\"([^\"]+)\"\\s*\\)\\s*\\.\\s*setFocus)");
    private static final Pattern MUTATION = Pattern.compile("\\b(modify|update)\\s*\\(");
    private static final Set<String> GROUP_ATTRIBUTES = Set.of("agenda-group", "ruleflow-group");
    /** Attributes that make a rule fire by the wall clock, never by the case: a plan must follow from its case. */
    private static final List<String> CLOCK_ATTRIBUTES = List.of("date-effective", "date-expires", "calendars",
            "timer");

    private RuleLinter() {}

    /** Every finding for a rule source, sorted by file and line. */
    public static List<RuleIssue> lint(RuleSource source) {
        List<RuleIssue> issues = new ArrayList<>();
        List<ParsedRule> rules = new ArrayList<>();
        Set<String> required = FactFields.requiredColumns(source.files().get("tables/" + ColumnTypes.TABLE + ".csv"));
        // Drools shares a package's imports among its files: cardiac-rehab.drl names Condition, imported beside it
        Map<String, List<String>> imports = new LinkedHashMap<>();
        // and its functions, which every constraint of the package reads before a field of the same name
        Map<String, Map<String, String>> functions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            if (e.getKey().endsWith(".drl")) {
                rules.addAll(parse("rules/" + e.getKey(), e.getValue(), required, imports, functions));
            }
        }
        Set<String> derived = derivedTypes(rules);
        Map<String, ParsedRule> byName = new LinkedHashMap<>();
        Map<String, List<ParsedRule>> groups = new LinkedHashMap<>();
        Set<String> focused = new TreeSet<>();
        for (ParsedRule r : rules) {
            RuleDescr d = r.descr();
            AnnotationDescr src = d.getAnnotation("source");
            if (src == null || annotationText(src).isBlank()) {
                issues.add(RuleIssue.error(r.file(), d.getLine(), "rule \"" + d.getName()
                        + "\" has no @source(\"...\"): name the seed file, CMS manual section or page it rests on"));
            }
            ParsedRule first = byName.putIfAbsent(d.getName(), r);
            if (first != null) {
                issues.add(RuleIssue.error(r.file(), d.getLine(), "rule \"" + d.getName() + "\" is also defined at "
                        + source.locate(first.file()) + ":" + first.descr().getLine() + "; rule names must be unique"));
            }
            for (String attr : GROUP_ATTRIBUTES) {
                AttributeDescr group = d.getAttributes().get(attr);
                if (group != null) {
                    groups.computeIfAbsent(group.getValue(), g -> new ArrayList<>()).add(r);
                    AttributeDescr auto = d.getAttributes().get("auto-focus");
                    if (auto != null && !"false".equals(auto.getValue())) {
                        focused.add(group.getValue());
                    }
                }
            }
            AttributeDescr enabled = d.getAttributes().get("enabled");
            if (enabled != null && !"true".equals(enabled.getValue().strip())) {
                issues.add(RuleIssue.error(r.file(), d.getLine(), "rule \"" + d.getName() + "\" has enabled "
                        + enabled.getValue().strip() + ", so it may never fire while validate and plan go on without"
                        + " it; delete the rule, or the attribute"));
            }
            for (String attr : CLOCK_ATTRIBUTES) {
                if (d.getAttributes().containsKey(attr)) {
                    issues.add(RuleIssue.error(r.file(), d.getLine(), "rule \"" + d.getName() + "\" has " + attr
                            + ": whether it fires would depend on the day the plan is made, not on the case, so the"
                            + " same case could plan differently tomorrow; compare the case's own dates (asOf,"
                            + " visits) in its conditions instead"));
                }
            }
            AttributeDescr salience = d.getAttributes().get("salience");
            if (salience != null && !isAggregateStratum(r, salience.getValue())
                    && !isAbsenceStratum(d, salience.getValue(), derived)) {
                // at the salience line, where the fix is, when the parser says where it is (a fresh user's trial)
                int line = salience.getLine() > 0 ? salience.getLine() : d.getLine();
                issues.add(RuleIssue.warning(r.file(), line, "rule \"" + d.getName() + "\" uses salience "
                        + salience.getValue() + "; prefer a fact that later rules match (a negative salience is"
                        + " only for a rule that aggregates with accumulate, to wait for what it sums, or that"
                        + " concludes from a `not` of a fact rules derive, to wait until it is concluded)"));
            }
            String rhs = d.getConsequence() == null ? "" : d.getConsequence().toString();
            Matcher focus = SET_FOCUS.matcher(rhs);
            while (focus.find()) {
                focused.add(focus.group(1) != null ? focus.group(1) : focus.group(2));
            }
            Matcher mutation = MUTATION.matcher(rhs);
            while (mutation.find()) {
                int line = rhsStart(r) + newlines(rhs, mutation.start());
                issues.add(RuleIssue.warning(r.file(), line, "rule \"" + d.getName() + "\" calls "
                        + mutation.group(1) + "; derive a new fact with insertLogical instead"));
            }
            ContradictionCheck.check(d, r.file(), issues);
            JitNullGuards.check(d, r.file(), r.fields(), issues);
            FunctionShadows.check(d, r.file(), r.fields(), r.functions(), issues);
        }
        for (Map.Entry<String, List<ParsedRule>> g : groups.entrySet()) {
            if (g.getKey().equals("MAIN") || focused.contains(g.getKey())) {
                continue;
            }
            for (ParsedRule r : g.getValue()) {
                issues.add(RuleIssue.error(r.file(), r.descr().getLine(), "rule \"" + r.descr().getName()
                        + "\" is in group \"" + g.getKey() + "\", which nothing focuses (no auto-focus rule in it, no"
                        + " setFocus(\"" + g.getKey() + "\") in any rule), so it never fires"));
            }
        }
        issues.addAll(TableLinter.lint(source));
        for (RuleSource.NotRead file : source.notRead()) {
            // said, not silently skipped: a file named like a rule file that careweave leaves out
            issues.add(RuleIssue.warning(file.file(), 0, file.why()));
        }
        issues.replaceAll(source::locate);
        issues.sort(Comparator.comparing(RuleIssue::file).thenComparingInt(RuleIssue::line)
                .thenComparing(RuleIssue::message));
        return issues;
    }

    /**
     * The table findings alone ({@link TableLinter}: keys, codes, areas, disciplines, enumerated columns, required
     * rows), located and sorted as {@link #lint} gives them: no DRL is parsed, so a command that reads cases against
     * a rules folder's tables can afford it once at load (about 50 ms warm, under a second cold) and refuse a folder
     * whose tables are wrong before it blames a case.
     */
    public static List<RuleIssue> lintTables(RuleSource source) {
        List<RuleIssue> issues = new ArrayList<>(TableLinter.lint(source));
        issues.replaceAll(source::locate);
        issues.sort(Comparator.comparing(RuleIssue::file).thenComparingInt(RuleIssue::line)
                .thenComparing(RuleIssue::message));
        return issues;
    }

    /**
     * A rule of {@code file}, with the file's lines, its fact types' fields and its package's functions (name to
     * {@code file:line}, filled as the package's files are parsed).
     */
    private record ParsedRule(String file, RuleDescr descr, String[] lines, FactFields fields,
            Map<String, String> functions) {}

    private static final Pattern NEGATIVE_INT = Pattern.compile("-\\s*\\d+");
    private static final Pattern AGGREGATE = Pattern.compile("\\b(accumulate|collect)\\s*\\(");

    /**
     * A negative whole-number salience on a rule whose conditions aggregate (accumulate, collect) is the one
     * ordering the conventions allow: it lets the aggregate wait for the facts it sums instead of re-firing as
     * each appears (a stratum), and changes how often the rule fires, never what it concludes.
     */
    private static boolean isAggregateStratum(ParsedRule r, String salience) {
        if (salience == null || !NEGATIVE_INT.matcher(salience.trim()).matches()) {
            return false;
        }
        int from = Math.max(r.descr().getLine() - 1, 0);
        int to = Math.min(r.descr().getConsequenceLine() < 1 ? r.lines().length : r.descr().getConsequenceLine(),
                r.lines().length);
        for (int i = from; i < to; i++) {
            if (AGGREGATE.matcher(r.lines()[i]).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern INSERT_NEW =
            Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*new\\s+([A-Za-z_][\\w.]*)");

    /** The simple names of the fact types some rule's right-hand side inserts: facts the rules derive. */
    private static Set<String> derivedTypes(List<ParsedRule> rules) {
        Set<String> types = new TreeSet<>();
        for (ParsedRule r : rules) {
            String rhs = r.descr().getConsequence() == null ? "" : r.descr().getConsequence().toString();
            Matcher m = INSERT_NEW.matcher(rhs);
            while (m.find()) {
                types.add(simpleName(m.group(1)));
            }
        }
        return types;
    }

    /**
     * A negative whole-number salience on a rule with a {@code not} of a fact the rules derive is the other
     * stratum the conventions allow: without it the rule fires while that fact is not concluded yet, and truth
     * maintenance withdraws its conclusion once it is (indication/not-indicated.drl: most {@code NoIndication}s of
     * a plan were withdrawn again, src/bench/RESULTS.md). It changes how often the rule fires, never what it
     * concludes. A {@code not} of a case fact alone has nothing to wait for.
     */
    private static boolean isAbsenceStratum(RuleDescr d, String salience, Set<String> derived) {
        return salience != null && NEGATIVE_INT.matcher(salience.trim()).matches() && d.getLhs() != null
                && negatesDerived(d.getLhs(), false, derived);
    }

    private static boolean negatesDerived(BaseDescr descr, boolean underNot, Set<String> derived) {
        if (descr instanceof PatternDescr p) {
            if (underNot && p.getObjectType() != null && derived.contains(simpleName(p.getObjectType()))) {
                return true;
            }
            return p.getSource() != null && negatesDerived(p.getSource(), underNot, derived);
        }
        boolean not = underNot || descr instanceof NotDescr;
        if (descr instanceof ConditionalElementDescr ce) {
            for (Object child : ce.getDescrs()) {
                if (child instanceof BaseDescr b && negatesDerived(b, not, derived)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** The line the right-hand side's text starts on: after {@code then}, or on its line if code follows it. */
    private static int rhsStart(ParsedRule r) {
        int then = r.descr().getConsequenceLine();
        if (then < 1 || then > r.lines().length) {
            return then;
        }
        String line = r.lines()[then - 1];
        int at = line.indexOf("then");
        return at >= 0 && line.substring(at + 4).isBlank() ? then + 1 : then;
    }

    /**
     * The rules of one file. {@code imports} (by package name) gets the file's imports, and the fact fields of its
     * rules read every import of their package, all files parsed.
     */
    private static List<ParsedRule> parse(String file, String text, Set<String> required,
            Map<String, List<String>> imports, Map<String, Map<String, String>> functions) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        List<ParsedRule> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        List<String> shared = imports.computeIfAbsent(pkg.getName() == null ? "" : pkg.getName(),
                p -> new ArrayList<>());
        pkg.getImports().forEach(i -> shared.add(i.getTarget()));
        FactFields fields = new FactFields(shared, required);
        Map<String, String> packageFunctions = functions.computeIfAbsent(pkg.getName() == null ? "" : pkg.getName(),
                p -> new LinkedHashMap<>());
        pkg.getFunctions().forEach(f -> packageFunctions.putIfAbsent(f.getName(),
                file.substring("rules/".length()) + ":" + f.getLine()));
        for (RuleDescr r : pkg.getRules()) {
            if (!(r instanceof QueryDescr)) {
                out.add(new ParsedRule(file, r, lines, fields, packageFunctions));
            }
        }
        return out;
    }

    private static String annotationText(AnnotationDescr a) {
        Object v = a.getSingleValue();
        String s = v == null ? "" : v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static int newlines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
