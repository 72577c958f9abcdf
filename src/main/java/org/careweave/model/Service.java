package org.careweave.model;

import java.time.LocalTime;

/**
 * A delivered service as documented. {@code start} is optional; with it the engine can see overlapping
 * minutes. {@code patientsInSession} is null for one-on-one care. {@code area} (optional) is the problem area the
 * service addressed, so the billing rules can see one area treated by both disciplines. Contract v2:
 * {@code assistantMinutes} is how many of the {@code minutes} a PT or OT assistant furnished (0..minutes); with
 * {@code byAssistant} true and no {@code assistantMinutes} it is all of them.
 *
 * @param discipline        {@code pt} or {@code ot}
 * @param code              the CPT code billed, e.g. {@code 97110}
 * @param minutes           minutes of direct treatment, 0 or more
 * @param cotreatment       whether both disciplines treated the patient at the same time
 * @param start             clock time the service started, or null
 * @param byAssistant       whether a PT or OT assistant furnished it
 * @param patientsInSession patients treated at once in a group or concurrent session, or null for one-on-one
 * @param area              the problem area addressed (from {@code areas.csv}), or null
 * @param assistantMinutes  minutes of {@code minutes} an assistant furnished, 0 to {@code minutes}
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

    /**
     * A v1 service: assistant minutes follow {@code byAssistant} (all or none).
     *
     * @param discipline        {@code pt} or {@code ot}
     * @param code              the CPT code
     * @param minutes           minutes of direct treatment
     * @param cotreatment       whether both disciplines treated at once
     * @param start             start time, or null
     * @param byAssistant       whether an assistant furnished all of it
     * @param patientsInSession patients in the session, or null
     * @param area              the problem area, or null
     */
    public Service(String discipline, String code, int minutes, boolean cotreatment, LocalTime start,
            boolean byAssistant, Integer patientsInSession, String area) {
        this(discipline, code, minutes, cotreatment, start, byAssistant, patientsInSession, area,
                byAssistant ? minutes : 0);
    }

    /**
     * Whether an assistant furnished any of it (CQ/CO territory).
     *
     * @return true when {@code byAssistant} or some assistant minutes
     */
    public boolean anyByAssistant() {
        return byAssistant || assistantMinutes > 0;
    }
}
