package org.careweave.fact.billing;

import java.util.List;

/**
 * Reference row from {@code rules/tables/plan-exempt-codes.csv}: a billing code a delivered service may carry although
 * the plan's interventions do not name it. With {@code coveredBy} empty the code never needs planning (an evaluation
 * comes before the plan it establishes; a home health visit code names the visit, not a treatment); with codes in
 * {@code coveredBy} it is planned when one of them is (97130, each further 15 minutes of cognitive intervention, with
 * 97129). {@code because} says why in a biller's words.
 *
 * @param code      the CPT or HCPCS code (codes.csv)
 * @param coveredBy the planned codes that cover it (never null; empty: it needs no planning at all)
 * @param because   why, in words
 * @param source    the reference
 */
public record PlanExemptCode(String code, List<String> coveredBy, String because, String source) {

    /**
     * Copies the covering codes (null becomes empty).
     *
     * @param code      the CPT or HCPCS code
     * @param coveredBy the planned codes that cover it (null: none, the code needs no planning)
     * @param because   why, in words
     * @param source    the reference
     */
    public PlanExemptCode {
        coveredBy = List.copyOf(coveredBy == null ? List.of() : coveredBy);
    }
}
