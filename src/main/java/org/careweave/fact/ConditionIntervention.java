package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-interventions.csv}: a code {@code discipline} adds for a
 * problem it leads when the patient has condition {@code category}; {@code target} is an area or an area domain.
 * {@code needsDevice} (a GG0110 device, or null) is a device the patient must have for the code to apply
 * (prosthetic training needs a prosthesis); {@code withoutDevice} (or null) one whose absence the code is for
 * (pre-prosthetic care).
 */
public record ConditionIntervention(String category, String target, String discipline, String code,
        String needsDevice, String withoutDevice, String source) {}
