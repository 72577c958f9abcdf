package org.careweave.model;

import java.time.LocalTime;

/**
 * A delivered service as documented. {@code start} is optional; with it the engine can see overlapping
 * minutes. {@code patientsInSession} is null for one-on-one care. {@code area} (optional) is the problem area the
 * service addressed, so the billing rules can see one area treated by both disciplines. Contract v2:
 * {@code assistantMinutes} is how many of the {@code minutes} a PT or OT assistant furnished (0..minutes); with
 * {@code byAssistant} true and no {@code assistantMinutes} it is all of them.
 */
public record Service(
        String discipline,
        String code,
        int minutes,
        boolean cotreatment,
        LocalTime start,
        boolean byAssistant,
        Integer patientsInSession,
        String area,
        int assistantMinutes) {

    /** A v1 service: assistant minutes follow {@code byAssistant} (all or none). */
    public Service(String discipline, String code, int minutes, boolean cotreatment, LocalTime start,
            boolean byAssistant, Integer patientsInSession, String area) {
        this(discipline, code, minutes, cotreatment, start, byAssistant, patientsInSession, area,
                byAssistant ? minutes : 0);
    }

    /** Whether an assistant furnished any of it (CQ/CO territory). */
    public boolean anyByAssistant() {
        return byAssistant || assistantMinutes > 0;
    }
}
