package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/disciplines.csv}: a discipline's name, the modifier that marks its plan
 * of care on a claim, the modifier for work by its assistant, and its Medicare therapy threshold category.
 */
public record DisciplineInfo(
        String discipline,
        String name,
        String planModifier,
        String assistantModifier,
        String thresholdCategory) {}
