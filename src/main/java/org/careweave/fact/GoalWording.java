package org.careweave.fact;

/**
 * Conclusion: the functional goal row ({@code functional-goals.csv}) that words the goal of the problem in
 * {@code area} and {@code region} (null: no region): the row written for that region, else the area's row without
 * one.
 *
 * @param area           the problem's area
 * @param region         the problem's region, or null
 * @param text           the goal's activity
 * @param target         how the target reads on a full or partial course
 * @param targetMaintain how the target reads on a maintain course
 */
public record GoalWording(String area, String region, String text, String target, String targetMaintain) {}
