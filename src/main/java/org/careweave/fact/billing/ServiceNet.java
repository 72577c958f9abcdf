package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * A delivered service with the minutes left once minutes documented twice at the same time are removed.
 * {@code seq} orders services within a case (visit, then service); {@code timed} comes from the code table
 * (false for a code the table does not know).
 */
public record ServiceNet(
        String ref,
        int seq,
        LocalDate date,
        String discipline,
        String code,
        boolean timed,
        boolean known,
        boolean cotreatment,
        boolean byAssistant,
        boolean groupOrConcurrent,
        int delivered,
        int net) {}
