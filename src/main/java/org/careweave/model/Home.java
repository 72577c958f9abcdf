package org.careweave.model;

import java.util.List;

/**
 * The patient's home as it bears on discharge and set-up. Every field may be absent. Contract v2:
 * {@code equipment} the patient already has (names from {@code vocabulary.csv} list {@code equipment}; never
 * null) and {@code help}: {@code none}, {@code part-time} or {@code full-time} (null when not given).
 */
public record Home(Boolean livesAlone, Integer entryStairs, String bathroom, List<String> equipment, String help) {

    /** A v1 home: no equipment or help recorded. */
    public Home(Boolean livesAlone, Integer entryStairs, String bathroom) {
        this(livesAlone, entryStairs, bathroom, List.of(), null);
    }

    public Home {
        equipment = List.copyOf(equipment == null ? List.of() : equipment);
    }

    /** Whether the patient already has {@code item} at home. */
    public boolean has(String item) {
        return equipment.contains(item);
    }
}
