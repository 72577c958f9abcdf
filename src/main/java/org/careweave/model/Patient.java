package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the case is about. The id never reaches the rules or the logs; only the age in years does. Contract v2:
 * {@code priorFunction} (CMS GG0100, null when not given) and {@code priorDevices} (GG0110: {@code walker},
 * {@code cane}, {@code manual-wheelchair}, {@code motorized-wheelchair}, {@code mechanical-lift},
 * {@code orthosis-prosthesis}; never null).
 */
public record Patient(String id, LocalDate birthDate, PriorFunction priorFunction, List<String> priorDevices) {

    /** A v1 patient: no prior function or devices recorded. */
    public Patient(String id, LocalDate birthDate) {
        this(id, birthDate, null, List.of());
    }

    public Patient {
        priorDevices = List.copyOf(priorDevices == null ? List.of() : priorDevices);
    }
}
