package org.careweave.fact.billing;

import java.time.LocalDate;
import org.careweave.fact.Explained;

/**
 * On one date PT and OT treated together for {@code shared} minutes (the smaller of the two disciplines'
 * co-treated timed minutes); billed once, as {@code ptShare} minutes by PT and {@code otShare} by OT.
 */
public record CotreatmentSession(LocalDate date, int shared, int units, int ptShare, int otShare, String because)
        implements Explained {

    /**
     * The minutes of the shared session a discipline bills.
     *
     * @param discipline {@code pt} or {@code ot}
     * @return {@code ptShare} for pt, else {@code otShare}, in minutes
     */
    public int shareOf(String discipline) {
        return "pt".equals(discipline) ? ptShare : otShare;
    }
}
