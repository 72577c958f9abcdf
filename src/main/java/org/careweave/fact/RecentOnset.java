package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/recent-onset.csv}: how long after its onset a condition that causes
 * problems of its own ({@code goal-course.csv} causes) is still a new injury on a progressive condition
 * ({@code rules/plan/course.drl}); after that it is part of the history and the progressive condition's course holds.
 *
 * @param category the condition category
 * @param weeks    weeks from the onset during which the condition is recent
 * @param needs    {@code decline}: the condition is a new injury only where a problem it causes is below its level
 *                 before (a fall); null: its recent onset is enough (a fracture)
 * @param source   where the window comes from
 */
public record RecentOnset(String category, int weeks, String needs, String source) {}
