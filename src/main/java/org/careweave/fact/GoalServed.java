package org.careweave.fact;

/**
 * Conclusion: the patient's goal of {@code activity}, in their words {@code text}, is worked on through the problem
 * of {@code area} in {@code region} that {@code discipline} leads: the problem that serves the activity most
 * directly ({@code rules/plan/patient-goals.drl}, {@code tables/goal-areas.csv}). A problem whose own goal is in
 * words carries the patient's words in that one goal; a measured problem keeps its measure and the patient's goal
 * is a goal of its own beside it.
 *
 * @param activity   the goal's activity, an area of {@code areas.csv}
 * @param text       the patient's own words
 * @param discipline the lead of the problem
 * @param area       the problem's area
 * @param region     the problem's body region, or null
 */
public record GoalServed(String activity, String text, String discipline, String area, String region) {}
