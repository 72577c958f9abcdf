package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/score-goals.csv}: a graded test score whose goal names the grade to reach.
 * {@code measure} is the score in words (e.g. {@code manual muscle test grade}); {@code gain} the grades a goal aims
 * to gain on a full or partial course; {@code best} the best grade of the scale, which a target never passes;
 * {@code suffix} how a grade is written after its number ({@code /5}); {@code ages} the age band the row holds for
 * ({@code adult}, {@code child}: under 18, or null for any age), so an adult's measure and change are not a child's.
 *
 * @param area    the area, from {@code areas.csv}
 * @param scale   the area's scale, as in {@code areas.csv}
 * @param measure the score in words
 * @param gain    grades to gain on a full or partial course
 * @param best    the best grade of the scale
 * @param suffix  written after a grade's number, or null
 * @param source  where the row's knowledge comes from
 * @param ages    {@code adult}, {@code child} or null (any age)
 */
public record ScoreGoal(String area, String scale, String measure, Double gain, Double best, String suffix,
        String source, String ages) {}
