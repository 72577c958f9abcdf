package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: the most cautious usual course of the case's conditions
 * ({@code maintain}, {@code partial} or {@code full}; {@code partial} when goal-course.csv has no row for them), read
 * by the goal rules of {@code rules/plan/goals.drl} instead of each collecting the conditions' courses again.
 *
 * @param course {@code maintain}, {@code partial} or {@code full}
 */
public record ConditionCourse(String course) {}
