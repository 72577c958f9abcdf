package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/goal-manners.csv}: a long-term goal in words whose target opens with the word
 * {@code opening} ("with", "within", ...) words the manner of doing the activity, not the level of a measure, and so has
 * no half-way point for a short-term goal ({@code rules/plan/short-term-goals.drl}).
 *
 * @param opening the target's first word
 * @param example a target from the plans that opens so
 * @param source  where the reading comes from
 */
public record GoalManner(String opening, String example, String source) {}
