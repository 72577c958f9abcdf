package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/condition-precautions.csv}: a condition of {@code category} whose ICD-10-CM
 * code starts with {@code codePrefix} (null: whatever its code, or none) brings a plan precaution of {@code precaution}
 * (a kind {@code precaution-texts.csv} words) to every indicated discipline ({@code rules/plan/condition-precautions.drl}):
 * autonomic dysreflexia after a spinal cord injury at T6 or above; a complete lesion's level (S14.115 complete C5) its
 * expected outcomes, which set the goals of the problems below it ({@code precaution-limits.csv}).
 *
 * @param category   the condition category of the case ({@code conditions.csv})
 * @param codePrefix the ICD-10-CM code prefix, or null for any code
 * @param precaution the precaution kind it brings
 * @param because    why, in words the plan's reason gives
 * @param source     where it comes from
 * @param unless     code prefixes of which any condition of the case keeps the row from applying (a code that says
 *                   more: G82.53 complete C5-C7 gives way to S14.11, which names the level); empty: none
 * @param area       a problem area ({@code areas.csv}) the plan must lead for the precaution to apply, because it only
 *                   constrains treatment of that problem (heart failure: no lymph drainage or compression of a
 *                   swelling); null: the precaution applies whatever the plan treats
 */
public record ConditionPrecaution(String category, String codePrefix, String precaution, String because, String source,
        List<String> unless, String area) {}
