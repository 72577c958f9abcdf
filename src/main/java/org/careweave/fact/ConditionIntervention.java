package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-interventions.csv}: a code {@code discipline} adds for a
 * problem it leads when the patient has condition {@code category}; {@code target} is an area or an area domain.
 * {@code region} (or null: any) is the body region the condition must be of ({@link ConditionRegion}: the limb of
 * an amputation). {@code needsDevice} (a GG0110 device, or null) is a device the patient must have for the code to
 * apply (prosthetic training needs a prosthesis); {@code withoutDevice} (or null) one whose absence the code is for
 * (pre-prosthetic care).
 */
public record ConditionIntervention(String category, String region, String target, String discipline, String code,
        String needsDevice, String withoutDevice, String source) {}
