package org.careweave.fact;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One delivered service, flattened from its visit. {@code ref} is its JSON pointer in the case
 * ({@code /visits/0/services/1}): unique, stable, and what a biller needs to find the line. {@code area} is the
 * problem area the service addressed, or null when the case does not say. {@code assistantMinutes} (contract
 * v2): minutes a PT/OT assistant furnished, 0..minutes ({@code byAssistant} alone means all of them).
 */
public record DeliveredService(
        String ref,
        int visitIndex,
        int serviceIndex,
        LocalDate date,
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
     * A v1 service: assistant minutes are all of them with {@code byAssistant}, else none.
     *
     * @param ref               its JSON pointer in the case
     * @param visitIndex        index of its visit, from 0
     * @param serviceIndex      index in its visit, from 0
     * @param date              date of service
     * @param discipline        {@code pt} or {@code ot}
     * @param code              the CPT code
     * @param minutes           minutes of direct treatment
     * @param cotreatment       whether both disciplines treated at once
     * @param start             start time, or null
     * @param byAssistant       whether an assistant furnished all of it
     * @param patientsInSession patients in a group or concurrent session, or null
     * @param area              the problem area addressed, or null
     */
    public DeliveredService(String ref, int visitIndex, int serviceIndex, LocalDate date, String discipline,
            String code, int minutes, boolean cotreatment, LocalTime start, boolean byAssistant,
            Integer patientsInSession, String area) {
        this(ref, visitIndex, serviceIndex, date, discipline, code, minutes, cotreatment, start, byAssistant,
                patientsInSession, area, byAssistant ? minutes : 0);
    }

    /**
     * End of the service: its start plus its minutes.
     *
     * @return the end time, or null without a start time
     */
    public LocalTime end() {
        return start == null ? null : start.plusMinutes(minutes);
    }

    /**
     * Whether the service was given to two or more patients at once (a group or concurrent session).
     *
     * @return true when {@code patientsInSession} is 2 or more
     */
    public boolean isGroupOrConcurrent() {
        return patientsInSession != null && patientsInSession >= 2;
    }
}
