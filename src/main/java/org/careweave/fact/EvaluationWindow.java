package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/evaluation-windows.csv}: the guideline evaluations of
 * {@code condition-evaluations.csv} for {@code category} apply in one of {@code settings}, or elsewhere while the
 * condition is at most {@code weeks} weeks old.
 *
 * @param category the condition category
 * @param settings the settings where the evaluations always apply
 * @param weeks    the weeks from onset during which they apply in other settings, or null for never
 * @param source   the guideline that scopes the evaluation so
 */
public record EvaluationWindow(String category, List<String> settings, Integer weeks, String source) {}
