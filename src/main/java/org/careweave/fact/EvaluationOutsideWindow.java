package org.careweave.fact;

import org.careweave.model.Condition;

/**
 * Conclusion used inside the rules: the guideline evaluations for {@code condition} do not apply to this episode,
 * since the case's setting and the time since onset lie outside the condition's row of
 * {@code evaluation-windows.csv}; {@code because} says so in words, for the reason a discipline is not indicated.
 *
 * @param condition the case's condition
 * @param because   why the guideline's evaluation is outside its window, in words
 */
public record EvaluationOutsideWindow(Condition condition, String because) {}
