package org.careweave.fact.billing;

/**
 * Reference row from {@code rules/tables/evaluation-complexity.csv}: one thing an evaluation code's complexity level
 * needs that a case can count ({@code measure}: {@code comorbidities}, the conditions beyond the primary one;
 * {@code examined-elements}, the findings assessed; {@code performance-deficits}, the findings recorded as deficits),
 * and the least count ({@code atLeast}) the level needs. {@code needs} says it in a biller's words.
 *
 * @param code       the evaluation code (97161-97163 PT, 97165-97167 OT)
 * @param discipline {@code pt} or {@code ot}
 * @param level      {@code low}, {@code moderate} or {@code high}
 * @param measure    what the case counts
 * @param atLeast    the least count the level needs
 * @param needs      what the level needs, in words (paraphrased, not the CPT descriptor)
 * @param source     where that comes from
 */
public record EvaluationComplexity(String code, String discipline, String level, String measure, int atLeast,
        String needs, String source) {}
