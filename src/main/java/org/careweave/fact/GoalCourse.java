package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/goal-course.csv}: a condition category's usual course, which caps a
 * long-term goal: {@code full} (back to the prior level), {@code partial} (at most two Section GG levels above now),
 * {@code maintain} (keep the current level); {@code source} says where it comes from.
 */
public record GoalCourse(String category, String course, String source) {}
