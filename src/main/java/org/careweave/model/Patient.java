package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the case is about. The id never reaches the rules or the logs; only the age in years does. Contract v2:
 * {@code priorFunction} (CMS GG0100, null when not given) and {@code priorDevices} (GG0110: {@code walker},
 * {@code cane}, {@code manual-wheelchair}, {@code motorized-wheelchair}, {@code mechanical-lift},
 * {@code orthosis-prosthesis}; never null).
 *
 * @param id            the clinic's patient id (never used by the rules, never logged), or null
 * @param birthDate     date of birth; the rules see only the age in whole years on {@code asOf}, or null
 * @param priorFunction prior function (GG0100), or null
 * @param priorDevices  devices used before (GG0110); never null
 */
public record Patient(String id, LocalDate birthDate, PriorFunction priorFunction, List<String> priorDevices) {

    /**
     * A v1 patient: no prior function or devices recorded.
     *
     * @param id        the clinic's patient id, or null
     * @param birthDate date of birth, or null
     */
    public Patient(String id, LocalDate birthDate) {
        this(id, birthDate, null, List.of());
    }

    /**
     * Copies the device list (null becomes empty).
     *
     * @param id            the clinic's patient id, or null
     * @param birthDate     date of birth, or null
     * @param priorFunction prior function, or null
     * @param priorDevices  devices used before (null: none)
     */
    public Patient {
        priorDevices = List.copyOf(priorDevices == null ? List.of() : priorDevices);
    }
}
