package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * The minutes of one service that count toward its claim line, after overlaps and co-treatment;
 * {@code assistantMinutes} of them were furnished by an assistant (cuts come from the therapist's part first).
 */
public record ServiceBilled(
        String ref,
        int seq,
        LocalDate date,
        String discipline,
        String code,
        boolean timed,
        boolean known,
        boolean byAssistant,
        int assistantMinutes,
        int delivered,
        int minutes) {}
