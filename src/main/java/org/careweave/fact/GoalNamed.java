package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: the patient's goal of {@code activity}, in their words
 * {@code text}, names the assessed {@code area} by one of its words ({@code tables/goal-words.csv},
 * {@code rules/plan/patient-goals.drl}).
 *
 * @param activity the goal's activity, an area of {@code areas.csv}
 * @param text     the patient's own words
 * @param names    the activity the words name ({@code walking}), from the table row
 * @param area     the area the words name
 * @param rank     the goal-words.csv row's rank (lowest first)
 */
public record GoalNamed(String activity, String text, String names, String area, int rank) {}
