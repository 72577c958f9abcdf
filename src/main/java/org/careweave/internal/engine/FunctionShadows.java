package org.careweave.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A constraint that names a field of its pattern's fact type bare ({@code best == null}) while the rule's package
 * has a DRL function of that name: Drools reads the name as the function, not the field, so the constraint never
 * tests the field and the rule silently matches other facts than it says (goal42, 4 December 2026: a function
 * {@code best} beside {@code ScoreGoal.best} dropped the six-minute-walk clause from 37 endurance goals with no
 * build error). A binding ({@code $lt : longTarget}) reads the field whatever the functions are called (goals.drl's
 * {@code longTarget} function beside {@code GoalTarget.longTarget}: the plans' levels come from those bindings), so it
 * is not said. Said as a warning at the constraint's line and column, naming where the function is defined.
 */
final class FunctionShadows {

    /** A bare name: not a member ({@code .x}), a binding ({@code $x}) or part of one, and not called ({@code x(}). */
    private static final Pattern NAME = Pattern.compile("(?<![\\w$.])([A-Za-z_]\\w*)(?![\\w$])(?!\\s*\\()");

    private FunctionShadows() {}

    /**
     * Adds a warning to {@code issues} for each bare name in a constraint of {@code rule} (in {@code file}) that is a
     * field of the pattern's record type and the name of a function of the rule's package.
     *
     * @param functions the package's functions: name to where it is defined ({@code rules/plan/goals.drl:72})
     */
    static void check(RuleDescr rule, String file, FactFields fields, Map<String, String> functions,
            List<RuleIssue> issues) {
        if (functions.isEmpty()) {
            return;
        }
        LhsConstraints.walk(rule, new LhsConstraints.Visitor() {
            private Class<?> type;

            @Override
            public void patternStarts(PatternDescr pattern) {
                type = fields.type(pattern.getObjectType());
            }

            @Override
            public void constraint(PatternDescr pattern, String expression, LhsConstraints.Where where) {
                String code = JitNullGuards.withoutStrings(expression);
                Matcher m = NAME.matcher(code);
                while (m.find()) {
                    String name = m.group(1);
                    String defined = functions.get(name);
                    if (defined == null || FactFields.fieldType(type, name) == null
                            || code.substring(0, m.start(1)).stripTrailing().endsWith(":")) {
                        continue;
                    }
                    LhsConstraints.Where at = where.at(expression, m.start(1));
                    String message = "rule \"" + rule.getName() + "\": " + name + " here is the function " + name
                            + " (" + defined + "), not the field " + type.getSimpleName() + "." + name
                            + ": Drools reads a bare name as the package's function of that name, so this constraint"
                            + " never tests the field; rename the function";
                    issues.add(at.column() > 0 ? RuleIssue.warning(file, at.line(), at.column(), message)
                            : RuleIssue.warning(file, at.line(), message));
                }
            }
        });
    }
}
