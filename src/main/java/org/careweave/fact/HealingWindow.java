package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/healing-windows.csv}: while a condition of {@code category} (whose
 * ICD-10-CM code starts with {@code codePrefix}, or any code when null) began less than {@code weeks} weeks before
 * the plan's date, the part it is of is still healing, and the plan precaution {@code precaution} binds each
 * discipline that leads a problem its {@code precaution-limits.csv} rows protect ({@code rules/plan/healing.drl}):
 * no joint mobilisation or soft-tissue manual therapy for the pain of a fracture or an operation a few days or weeks
 * old, no mobilisation into dorsiflexion of an ankle whose Achilles tendon is healing.
 *
 * @param precaution the plan precaution ({@code vocabulary.csv} list {@code plan-precaution}), e.g.
 *                   {@code healing-fracture}
 * @param category   the condition category, e.g. {@code fracture}
 * @param codePrefix the start of the condition's ICD-10-CM code, e.g. {@code S86.0}; null: any code or none
 * @param weeks      the weeks after the condition's onset during which the part is healing
 * @param areas      the problem areas whose {@code precaution-limits.csv} rows of the kind this row applies, e.g.
 *                   {@code pain} (a fresh fracture), {@code pain|range-of-motion} (a replaced hip)
 * @param source     the reference
 */
public record HealingWindow(String precaution, String category, String codePrefix, int weeks, List<String> areas,
                            String source) {}
