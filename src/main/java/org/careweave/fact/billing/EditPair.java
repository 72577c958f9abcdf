package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * Reference row from {@code rules/tables/edit-pairs.csv}: an NCCI procedure-to-procedure edit. Column 2 is not
 * paid with column 1 on the same date unless {@code modifierIndicator} is 1 and a modifier (59, XE/XS/XP/XU)
 * applies; 0 means never; 9 means the edit no longer applies. In effect from {@code effective} up to, not
 * including, {@code deleted} (null: still in effect).
 */
public record EditPair(String column1, String column2, int modifierIndicator, LocalDate effective, LocalDate deleted,
        String source) {}
