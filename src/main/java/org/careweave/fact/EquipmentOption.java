package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/discharge-equipment.csv}: equipment ({@code item}, a home.equipment name)
 * that {@code discipline} recommends for a problem {@code area} when {@code when} (a condition category, precaution
 * kind, bathroom type, code, {@code lives-alone} or {@code one-handed}; null: always) applies, and {@code because}
 * (why, in words). {@code maxLevel}, when set, makes the row a functional-need row: it applies only while the area's
 * Section GG level is at or below it (null: any problem the discipline leads in the area); {@code minLevel}, on such a
 * row, the lowest Section GG level it applies at (null: no lower bound).
 *
 * @param unless    what keeps the row off (vocabulary.csv list {@code hand-use}: {@code one-handed}, a patient
 *                  who dresses with one hand, {@link OneHanded}); empty: nothing
 * @param alongside items one of which the patient must have or get beside this one (home.equipment,
 *                  patient.priorDevices or another row's need: a hand-held shower goes with a shower chair or tub
 *                  bench to wash seated on); empty: none
 */
public record EquipmentOption(String item, String discipline, String area, String when, Integer maxLevel,
        Integer minLevel, String because, String source, List<String> unless, List<String> alongside) {

    /**
     * The row without {@code unless} or {@code alongside} (Java callers; the table has both columns).
     *
     * @param item       the equipment, a home.equipment name
     * @param discipline who recommends it ({@code pt} or {@code ot})
     * @param area       the problem area it is for
     * @param when       the condition category, precaution kind, bathroom type, code, {@code lives-alone} or
     *                   {@code one-handed} it applies with; null: always
     * @param maxLevel   the highest Section GG level (1-6) a functional-need row applies at; null: not such a row
     * @param minLevel   the lowest Section GG level (1-6) it applies at; null: no lower bound
     * @param because    why, in words
     * @param source     where the row's knowledge comes from
     */
    public EquipmentOption(String item, String discipline, String area, String when, Integer maxLevel,
            Integer minLevel, String because, String source) {
        this(item, discipline, area, when, maxLevel, minLevel, because, source, List.of(), List.of());
    }
}
