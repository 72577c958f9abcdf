package org.careweave.internal.engine;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The one walk over a rule's conditions that the lint checks of constraints share ({@link ContradictionCheck},
 * {@link JitNullGuards}): every pattern of the left-hand side, inside {@code and}, {@code or}, {@code not},
 * {@code exists} and {@code forall} at any depth, and the input of an {@code accumulate} or a {@code collect} (its own
 * patterns too), in the order they are written. A pattern's constraints are given one by one, as written (text of the
 * DRL parser's descriptor), with where they start; constraints that are not expressions, and {@code eval}, are not
 * given (an {@code eval} is a Java expression with no pattern whose fields it could name). A {@code from} source that
 * is an expression (a global's lookup) holds no pattern to walk into.
 */
final class LhsConstraints {

    /** What a check does with each pattern and constraint; called in the order the rule writes them. */
    interface Visitor {

        /** Before the first constraint of {@code pattern}. */
        default void patternStarts(PatternDescr pattern) {}

        /**
         * One constraint of {@code pattern}: {@code expression} is its text as written (never null), starting at
         * {@code where} in the rule file.
         */
        void constraint(PatternDescr pattern, String expression, Where where);

        /** After the last constraint of {@code pattern}, before the patterns of its accumulate's input. */
        default void patternEnds(PatternDescr pattern) {}
    }

    /**
     * Where a constraint starts in its rule file: {@code line} 1-based (the pattern's line when the parser gives the
     * constraint none), {@code column} 1-based, 0 when the parser gives none.
     */
    record Where(int line, int column) {

        /**
         * Where character {@code at} (0-based) of {@code expression}, which starts here, is: lines and columns
         * counted through the newlines before it; this place when the column is unknown.
         */
        Where at(String expression, int at) {
            if (column < 1) {
                return this;
            }
            int lineStart = expression.lastIndexOf('\n', at - 1);
            int newlines = (int) expression.substring(0, at).chars().filter(c -> c == '\n').count();
            return lineStart < 0 ? new Where(line, column + at) : new Where(line + newlines, at - lineStart);
        }
    }

    private LhsConstraints() {}

    /** Gives every pattern and expression constraint of {@code rule}'s conditions to {@code visitor}. */
    static void walk(RuleDescr rule, Visitor visitor) {
        if (rule.getLhs() != null) {
            walk(rule.getLhs(), visitor);
        }
    }

    private static void walk(BaseDescr d, Visitor visitor) {
        if (d instanceof PatternDescr p) {
            visitor.patternStarts(p);
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr expr && expr.getExpression() != null) {
                    int line = expr.getLine() > 0 ? expr.getLine() : p.getLine();
                    int column = expr.getLine() > 0 && expr.getColumn() >= 0 ? expr.getColumn() + 1 : 0;
                    visitor.constraint(p, expr.getExpression(), new Where(line, column));
                }
            }
            visitor.patternEnds(p);
            if (p.getSource() instanceof AccumulateDescr acc && acc.getInput() != null) {
                walk(acc.getInput(), visitor);
            } else if (p.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
                walk(collect.getInputPattern(), visitor);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(child, visitor);
            }
        }
    }
}
