package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: the case has a condition a rehabilitation programme is covered
 * for, within the months after its onset the coverage runs ({@code programme-conditions.csv}), so the patient is in
 * the programme's {@code frequency.csv} population ({@code rules/plan/cardiac-rehab.drl}).
 *
 * @param programme  the programme, a referral ({@code cardiac-rehab})
 * @param codePrefix the programme-conditions.csv code prefix the case's condition matched
 */
public record ProgrammeIndication(String programme, String codePrefix) {}
