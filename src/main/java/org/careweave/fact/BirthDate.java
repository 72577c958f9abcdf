package org.careweave.fact;

import java.time.LocalDate;

/**
 * The patient's date of birth, for rules that check the case's other dates against it (a visit before birth is
 * a typo, not a service). Present only when the case gives a birth date. A personal value: {@link #toString()}
 * withholds it, because a plan's trace prints the facts each rule matched; rules may compare with it but never
 * put it into a message.
 */
public record BirthDate(LocalDate date) {

    @Override
    public String toString() {
        return "BirthDate[withheld]";
    }
}
