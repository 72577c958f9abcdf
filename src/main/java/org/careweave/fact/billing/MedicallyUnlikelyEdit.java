package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * Reference row from {@code rules/tables/mue.csv}: CMS's medically unlikely edit for a code, the most {@code units}
 * one provider reports for one patient on one date of service; {@code adjudicationIndicator} 1 (claim line),
 * 2 (absolute, date of service) or 3 (date of service, payable in rare documented cases); {@code effective}: the
 * quarter the value was read for.
 */
public record MedicallyUnlikelyEdit(String code, int units, int adjudicationIndicator, LocalDate effective,
        String source) {}
