package org.careweave.model;

import java.util.List;

/**
 * The patient's home as it bears on discharge and set-up. Every field may be absent. Contract v2:
 * {@code equipment} the patient already has (names from {@code vocabulary.csv} list {@code equipment}; never
 * null) and {@code help}: {@code none}, {@code part-time} or {@code full-time} (null when not given).
 *
 * @param livesAlone  whether the patient lives alone, or null
 * @param entryStairs number of steps to enter the home, or null
 * @param bathroom    bathroom set-up from {@code vocabulary.csv} (e.g. {@code tub-shower}), or null
 * @param equipment   equipment already at home; never null
 * @param help        {@code none}, {@code part-time} or {@code full-time}, or null
 */
public record Home(Boolean livesAlone, Integer entryStairs, String bathroom, List<String> equipment, String help) {

    /**
     * A v1 home: no equipment or help recorded.
     *
     * @param livesAlone  whether the patient lives alone, or null
     * @param entryStairs number of steps to enter the home, or null
     * @param bathroom    bathroom set-up, or null
     */
    public Home(Boolean livesAlone, Integer entryStairs, String bathroom) {
        this(livesAlone, entryStairs, bathroom, List.of(), null);
    }

    /**
     * Copies the equipment list (null becomes empty).
     *
     * @param livesAlone  whether the patient lives alone, or null
     * @param entryStairs number of steps to enter the home, or null
     * @param bathroom    bathroom set-up, or null
     * @param equipment   equipment already at home (null: none)
     * @param help        help at home, or null
     */
    public Home {
        equipment = List.copyOf(equipment == null ? List.of() : equipment);
    }

    /**
     * Whether the patient already has {@code item} at home.
     *
     * @param item an equipment name from {@code vocabulary.csv} (e.g. {@code shower-chair})
     * @return true when {@link #equipment()} lists it
     */
    public boolean has(String item) {
        return equipment.contains(item);
    }
}
