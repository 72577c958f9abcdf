package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * The minutes PT and OT treated one patient together on a date: from the clock when every co-treated timed
 * service has a start ({@code byClock}: the overlap of PT's and OT's co-treated services), else the smaller of the
 * two disciplines' co-treated minutes. {@code ptOther} and {@code otOther} are each discipline's other timed
 * minutes that date (its own part of the co-treated services included), so the split can keep the pair's units
 * equal to the time.
 */
public record CotreatmentShared(LocalDate date, int shared, boolean byClock, int ptOther, int otOther,
        String clockText) {}
