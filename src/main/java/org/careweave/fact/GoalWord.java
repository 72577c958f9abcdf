package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/goal-words.csv}: the words by which a patient's goal, in their own words,
 * names an assessed activity ({@code area}): "walk", "walking" or "walker" name walking, "write" handwriting. A goal
 * whose words name an area a discipline leads is worked on through that problem before the areas that
 * {@code goal-areas.csv} links to the goal's activity ({@code rules/plan/patient-goals.drl}).
 *
 * @param names  the activity the words name, one name for the areas of one activity ({@code walking},
 *               {@code climbing})
 * @param area   the named area, an area of {@code areas.csv}
 * @param words  the whole words that name it, lower case; never empty
 * @param rank   the order among the named areas one discipline leads, lowest first (unique in the table)
 * @param source where the link comes from
 */
public record GoalWord(String names, String area, List<String> words, int rank, String source) {}
