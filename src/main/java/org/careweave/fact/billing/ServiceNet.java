package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * A delivered service with the minutes left once minutes documented twice at the same time are removed.
 * {@code seq} orders services within a case (visit, then service); {@code timed} comes from the code table
 * (false for a code the table does not know). {@code assistantMinutes} of {@code delivered} were furnished by a PT
 * or OT assistant; {@code clocked}: the service has a start time. A group session recoded to the payer's group code
 * carries that code here.
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
        int assistantMinutes,
        boolean groupOrConcurrent,
        boolean clocked,
        int delivered,
        int net) {

    /**
     * The assistant's minutes that are billed: all of them when the cuts can come from the therapist's part.
     *
     * @return minutes, at most {@code net}
     */
    public int assistantNet() {
        return Math.min(assistantMinutes, net);
    }
}
