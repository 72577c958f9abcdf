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
        int minutes) {

    /**
     * The service billing its net minutes as they are (no co-treatment session divides them): its billed minutes
     * are {@code net}, the assistant's its {@link ServiceNet#assistantNet()}.
     *
     * @param s the service's net minutes
     * @return the same service with its billed minutes
     */
    public static ServiceBilled asNet(ServiceNet s) {
        return new ServiceBilled(s.ref(), s.seq(), s.date(), s.discipline(), s.code(), s.timed(), s.known(),
                s.byAssistant(), s.assistantNet(), s.delivered(), s.net());
    }
}
