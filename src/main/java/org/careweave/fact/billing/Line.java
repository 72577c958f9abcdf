package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * One claim line: a discipline's delivered code on a date. {@code minutes} are the minutes it bills (all its
 * services' billed minutes summed), {@code delivered} what was documented, {@code assistantMinutes} the billed
 * minutes an assistant furnished; {@code ref} is its first service.
 */
public record Line(
        LocalDate date,
        String discipline,
        String code,
        boolean timed,
        boolean known,
        int delivered,
        int minutes,
        boolean byAssistant,
        int assistantMinutes,
        String ref) {

    /**
     * How the line reads in a message: "2026-11-21 PT 97110" (the discipline as billers abbreviate it, not the
     * contract's {@code pt}).
     *
     * @return date, discipline and code
     */
    public String label() {
        return date + " " + discipline.toUpperCase(java.util.Locale.ROOT) + " " + code;
    }

    /**
     * The billed minutes the therapist furnished.
     *
     * @return {@code minutes - assistantMinutes}
     */
    public int therapistMinutes() {
        return minutes - assistantMinutes;
    }
}
