package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/goal-areas.csv}: an assessed {@code area} through which a patient's goal
 * {@code activity} (getting around the community, work, leisure, play, school) is worked on. A goal's activity makes
 * no problem of its own; the problem an assessed deficit established in one of these areas carries it, for each
 * discipline the one of the lowest {@code directness} (1 an activity the goal is carried out through, 2 a performance
 * skill, 3 a client factor), the lowest {@code rank} breaking a tie; {@code source} says where the link comes from.
 *
 * @param activity the goal activity, an area of {@code areas.csv}
 * @param area the assessed area that serves it
 * @param directness how directly the area serves the activity, 1 (most directly) to 3
 * @param rank the order of preference within one directness, lowest first
 * @param source where the link comes from
 */
public record GoalArea(String activity, String area, int directness, int rank, String source) {}
