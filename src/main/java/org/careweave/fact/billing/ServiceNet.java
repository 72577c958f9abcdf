package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * A delivered service with the minutes left once minutes documented twice at the same time are removed.
 * {@code seq} orders services within a case (visit, then service); {@code timed} comes from the code table
 * (false for a code the table does not know). {@code assistantMinutes} of {@code delivered} were furnished by a PT
 * or OT assistant; {@code clocked}: the service has a start time. {@code code} is the code the service is billed
 * under: the payer's own code for a code it does not recognise ({@link BilledCode}: 97014 as G0283 under Medicare),
 * the payer's group code for a group session, else the code delivered.
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
