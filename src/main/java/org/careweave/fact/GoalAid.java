package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/goal-aids.csv}: the device or strategy ({@code aid}, e.g. "a reacher and
 * a sock aid") a goal for {@code area} names when {@code when} (a precaution kind or condition category) applies.
 */
public record GoalAid(String area, String when, String aid, String source) {}
