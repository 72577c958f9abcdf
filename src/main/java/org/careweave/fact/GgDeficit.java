package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: a Section GG activity the plan treats (a finding with a
 * {@link Lead} for its area) scored at {@code level} 04 or below, i.e. needing supervision or more help. The
 * discharge setting rules ({@code rules/discharge/setting.drl}) ask whether one exists at or below a level instead
 * of each joining the findings with the leads again; their reasons name them, not the rule concluding this.
 *
 * @param area  the Section GG activity (an area of areas.csv)
 * @param level its Section GG level, 1 (dependent) to 4 (supervision or touching assistance)
 */
public record GgDeficit(String area, int level) {}
