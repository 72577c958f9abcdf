package org.careweave.fact.billing;

/**
 * What a case counts toward an evaluation code's complexity (derived in {@code billing/evaluation.drl}): a
 * {@code measure} of {@code evaluation-complexity.csv} and its count in the case, with the count in words for an alert.
 *
 * @param measure {@code comorbidities}, {@code examined-elements} or {@code performance-deficits}
 * @param count   how many the case records
 * @param words   the count in words ("2 findings recorded as deficits")
 */
public record EvaluationCount(String measure, int count, String words) {}
