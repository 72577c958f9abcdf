package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/evaluation-windows.csv}: the guideline evaluations of
 * {@code condition-evaluations.csv} for {@code category} apply in one of {@code settings} while the condition is at
 * most {@code episodeWeeks} weeks old, or elsewhere while it is at most {@code weeks} weeks old.
 *
 * @param category      the condition category
 * @param settings      the settings of the stay the guideline speaks of and the episode that follows it
 * @param episodeWeeks  the weeks from onset during which they apply in those settings, or null for any time
 * @param weeks         the weeks from onset during which they apply in other settings, or null for never
 * @param source        the guideline that scopes the evaluation so
 */
public record EvaluationWindow(String category, List<String> settings, Integer episodeWeeks, Integer weeks,
        String source) {}
