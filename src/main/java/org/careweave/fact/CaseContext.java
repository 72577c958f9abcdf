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
        return isChild(ageYears);
    }

    /**
     * Whether a patient of this age is a child; the one definition the rules and the plan's wording share.
     *
     * @param ageYears the age in whole years, or null when unknown
     * @return true when the age is known and under 18 years
     */
    public static boolean isChild(Integer ageYears) {
        return ageYears != null && ageYears < 18;
    }

    /**
     * The age in whole years on a date.
     *
     * @param birthDate the birth date, or null
     * @param asOf      the date the plan is made for, or null
     * @return the completed years from {@code birthDate} to {@code asOf}, or null when either is unknown
     */
    public static Integer ageYears(LocalDate birthDate, LocalDate asOf) {
        return birthDate == null || asOf == null ? null : java.time.Period.between(birthDate, asOf).getYears();
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
