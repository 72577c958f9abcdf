package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/goal-course.csv}: a condition category's usual course, which caps a
 * long-term goal: {@code full} (back to the prior level), {@code partial} (at most two Section GG levels above now),
 * {@code maintain} (keep the current level); {@code source} says where it comes from.
 *
 * @param category the condition category
 * @param course   {@code full}, {@code partial} or {@code maintain}
 * @param causes   the areas or area domains whose problems a new onset of the condition causes: on a patient whose
 *                 progressive (maintain) condition began before it, those problems follow this condition's course
 *                 (empty: none, the condition never sets a progressive condition's course aside)
 * @param method   on a progressive condition's row, how a new injury's goals are trained on it (empty: nothing said)
 * @param source   where the course comes from
 */
public record GoalCourse(String category, String course, List<String> causes, String method, String source) {}
