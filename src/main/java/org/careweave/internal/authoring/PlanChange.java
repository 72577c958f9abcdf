package org.careweave.internal.authoring;

import java.util.List;

/**
 * One difference between the plans of one case under two rule sets.
 *
 * @param kind        what changed, one of {@link RuleDiff#KINDS} ({@code indication}, {@code problem}, {@code lead},
 *                    {@code goal}, {@code intervention}, {@code schedule}, {@code claim-units}, {@code charge}, {@code modifiers}, {@code claim-line},
 *                    {@code alerts}, {@code plan}); {@code plan} is a case that planned under one rule set only
 * @param caseId      the case's {@code caseId}
 * @param origin      where the case was read: {@code file} or {@code file:line} for NDJSON
 * @param subject     the item that changed, e.g. {@code problem pain}, {@code 2026-11-21 pt 97110}
 * @param before      its value under the old rules ({@code -} when absent)
 * @param after       its value under the new rules ({@code -} when absent)
 * @param rulesBefore the rules that decided it under the old rules: the rules named in the item's reasons or
 *                    alert; for goals and interventions, whose plan entries carry no reasons, the rules of the
 *                    {@code plan/} phase that fired on facts of the item's area; for a case that planned under
 *                    one rule set only, the rules whose firings in that case differ
 * @param rulesAfter  the same under the new rules
 */
record PlanChange(String kind, String caseId, String origin, String subject, String before, String after,
        List<String> rulesBefore, List<String> rulesAfter) {

    /**
     * Copies the rule lists.
     *
     * @param kind        what changed
     * @param caseId      the case's id
     * @param origin      where the case was read
     * @param subject     the item that changed
     * @param before      its value under the old rules
     * @param after       its value under the new rules
     * @param rulesBefore the rules that decided it under the old rules
     * @param rulesAfter  the rules that decided it under the new rules
     */
    public PlanChange {
        rulesBefore = List.copyOf(rulesBefore);
        rulesAfter = List.copyOf(rulesAfter);
    }
}
