package org.careweave.model;

import java.time.LocalTime;

/**
 * A delivered service as documented. {@code start} is optional; with it the engine can see overlapping
 * minutes. {@code patientsInSession} is null for one-on-one care. {@code area} (optional) is the problem area the
 * service addressed, so the billing rules can see one area treated by both disciplines.
 */
public record Service(
        String discipline,
        String code,
        int minutes,
        boolean cotreatment,
        LocalTime start,
        boolean byAssistant,
        Integer patientsInSession,
        String area) {}
