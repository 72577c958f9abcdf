package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/goal-areas.csv}: an assessed {@code area} through which a patient's goal
 * {@code activity} (getting around the community, work, leisure, play, school) is worked on. A goal's activity makes
 * no problem of its own; the problem an assessed deficit established in one of these areas carries it, the lowest
 * {@code rank} first for each discipline; {@code source} says where the link comes from.
 *
 * @param activity the goal activity, an area of {@code areas.csv}
 * @param area the assessed area that serves it
 * @param rank the order of preference within a discipline, lowest first
 * @param source where the link comes from
 */
public record GoalArea(String activity, String area, int rank, String source) {}
