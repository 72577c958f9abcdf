package org.careweave.fact;

/** Conclusion: the Section GG level (1-6) of an area before the current illness or injury, and where it was read. */
public record PriorLevel(String area, int level, String because) implements Explained {}
