package org.careweave.fact;

/**
 * Conclusion: how this plan names the 6-point Section GG scale in its goals: {@code Section GG} for an adult, a
 * child's wording from {@code child-wording.csv} (key {@code gg-level}) where the table has it. One per session.
 *
 * @param text the scale's name as the goals write it before a level ("Section GG 04", "help level 04")
 */
public record GgWording(String text) {}
