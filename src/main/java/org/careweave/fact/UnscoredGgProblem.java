package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: a self-care or mobility problem the plan treats (a {@link Lead}
 * for the area) with no Section GG level recorded yet. The discharge setting rules ({@code rules/discharge/setting.drl})
 * ask whether one exists instead of each looking the leads' areas up again.
 *
 * @param area the self-care or mobility activity (an area of areas.csv)
 */
public record UnscoredGgProblem(String area) {}
