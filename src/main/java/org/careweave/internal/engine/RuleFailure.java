package org.careweave.internal.engine;

import org.careweave.PlanningException;

/**
 * A plan that failed because of one rule (its consequence threw, or it concluded a value outside the
 * vocabularies): the message as every {@link PlanningException} says it, plus the rule and what it did, so that
 * {@code validate}'s smoke test can report the failure once per rule at the rule's line instead of once per case.
 */
public final class RuleFailure extends PlanningException {

    private final String rule;
    private final String what;

    RuleFailure(RuleSet ruleSet, String rule, String what) {
        super("rule \"" + rule + "\"" + Engine.where(ruleSet, rule) + " " + what);
        this.rule = rule;
        this.what = what;
    }

    /** The rule's name. */
    public String rule() {
        return rule;
    }

    /** What it did, without the rule's name and file, e.g. {@code failed: IllegalStateException in its consequence}. */
    public String what() {
        return what;
    }
}
