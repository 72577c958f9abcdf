package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: every activity the words of the patient's goal of
 * {@code activity}, in their words {@code text}, name ({@code tables/goal-words.csv}) is a problem of the plan, so
 * those problems carry the goal and the goal's activity links ({@code tables/goal-areas.csv}) do not
 * ({@code rules/plan/patient-goals.drl}).
 *
 * @param activity the goal's activity, an area of {@code areas.csv}
 * @param text     the patient's own words
 */
public record GoalNamesProblems(String activity, String text) {}
