package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: the usual course a problem's goals follow ({@code maintain},
 * {@code partial} or {@code full}): the most cautious course of the conditions that set it, where a progressive
 * condition does not set the course of a problem a newer injury causes (rules/plan/course.drl).
 *
 * @param area   the problem's area
 * @param course {@code maintain}, {@code partial} or {@code full}
 */
public record AreaCourse(String area, String course) {}
