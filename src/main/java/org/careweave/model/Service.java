package org.careweave.model;

import java.time.LocalTime;

/**
 * A delivered service as documented. {@code start} is optional; with it the engine can see overlapping
 * minutes. {@code patientsInSession} is null for one-on-one care.
 */
public record Service(
        String discipline,
        String code,
        int minutes,
        boolean cotreatment,
        LocalTime start,
        boolean byAssistant,
        Integer patientsInSession) {}
