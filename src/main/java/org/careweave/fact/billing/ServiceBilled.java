package org.careweave.fact.billing;

import java.time.LocalDate;

/** The minutes of one service that count toward its claim line, after overlaps and co-treatment. */
public record ServiceBilled(
        String ref,
        int seq,
        LocalDate date,
        String discipline,
        String code,
        boolean timed,
        boolean known,
        boolean byAssistant,
        int delivered,
        int minutes) {}
