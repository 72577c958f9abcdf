package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/short-term-goals.csv}: a plan of {@code fromWeeks} weeks or more gives every
 * long-term goal without a short-term one a short-term goal at half the plan's weeks ({@code rules/plan/
 * short-term-goals.drl}); {@code source} says where the interval comes from.
 *
 * @param fromWeeks the plan length in weeks from which the half-way short-term goal is set
 * @param source    where the interval comes from
 */
public record ShortTermGoalSpan(int fromWeeks, String source) {}
