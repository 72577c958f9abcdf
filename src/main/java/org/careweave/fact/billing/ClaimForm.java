package org.careweave.fact.billing;

/**
 * Reference row from {@code rules/tables/claim-forms.csv}: the claim a payer kind uses in a setting.
 * {@code form} is {@code professional} (CMS-1500, lines with a place of service) or {@code institutional} (UB-04,
 * lines with a revenue code, the claim with {@code typeOfBill}); {@code lineCodes} is {@code delivered} or
 * {@code visit-g-code} (home health visit lines); {@code payment} is {@code fee-schedule}, {@code stay},
 * {@code discharge} (a Part A hospital or IRF stay paid per discharge, MS-DRG or CMG: its lines are recorded, not
 * priced), {@code per-diem} (a Medicaid or commercial inpatient stay paid per day: recorded like {@code discharge}),
 * {@code period} or {@code per-visit}; the values are those of {@code vocabulary.csv}'s
 * {@code column:claim-forms.payment} rows. {@code assumption} says what varies by state or contract when the payment
 * is only the usual one (null: Medicare's rules fix it).
 */
public record ClaimForm(String payerKind, String setting, String form, String typeOfBill, String lineCodes,
        String payment, String assumption, String source) {}
