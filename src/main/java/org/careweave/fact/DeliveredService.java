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

    /** A v1 service: assistant minutes are all of them with {@code byAssistant}, else none. */
    public DeliveredService(String ref, int visitIndex, int serviceIndex, LocalDate date, String discipline,
            String code, int minutes, boolean cotreatment, LocalTime start, boolean byAssistant,
            Integer patientsInSession, String area) {
        this(ref, visitIndex, serviceIndex, date, discipline, code, minutes, cotreatment, start, byAssistant,
                patientsInSession, area, byAssistant ? minutes : 0);
    }

    /** End of the service when a start time was given, else null. */
    public LocalTime end() {
        return start == null ? null : start.plusMinutes(minutes);
    }

    public boolean isGroupOrConcurrent() {
        return patientsInSession != null && patientsInSession >= 2;
    }
}
