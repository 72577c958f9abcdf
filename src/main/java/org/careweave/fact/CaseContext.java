package org.careweave.fact;

import java.time.LocalDate;

/**
 * The case as a whole, one per session: what rules need about the case besides its lists. {@code unitMethod}
 * is null unless the case overrides the payer's method; {@code ageYears} is null without a birth date.
 */
public record CaseContext(
        LocalDate asOf,
        String setting,
        String payerKind,
        String unitMethod,
        Integer ageYears,
        String cotreatmentUnits,
        double allowedPtSlpToDate,
        double allowedOtToDate) {

    /**
     * Whether the patient is a child.
     *
     * @return true when the age is known and under 18 years
     */
    public boolean isChild() {
        return ageYears != null && ageYears < 18;
    }

    /**
     * Whether the patient is an older adult.
     *
     * @return true when the age is known and 65 years or more
     */
    public boolean isOlderAdult() {
        return ageYears != null && ageYears >= 65;
    }
}
