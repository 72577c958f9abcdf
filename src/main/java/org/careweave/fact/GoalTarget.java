package org.careweave.fact;

/**
 * Conclusion: where a Section GG problem should be, {@code level} now, {@code shortTarget} and {@code longTarget}
 * (levels 1-6) and {@code course} (full, partial, maintain), before the goals are written.
 */
public record GoalTarget(String discipline, String area, int level, int shortTarget, int longTarget, String course,
        String because) implements Explained {}
