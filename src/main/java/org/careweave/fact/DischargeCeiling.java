package org.careweave.fact;

/**
 * Conclusion: the highest Section GG level ({@code level}) a long-term goal of this stay aims at, because the plan
 * recommends the next setting {@code next} (discharge-goal-levels.csv); {@code words} say so in the goal.
 */
public record DischargeCeiling(String next, int level, String words) {}
