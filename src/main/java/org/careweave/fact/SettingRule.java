package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/setting-rules.csv}: what a payer requires of therapy in a setting.
 * {@code qualifyingDisciplines}: at least one of these must be indicated to open the episode (empty: no such
 * rule); {@code minDisciplines}: how many therapy disciplines the stay needs (null: no minimum);
 * {@code minutesPerDay} and {@code daysPerWeek}: the intensity the setting expects (null when it sets none).
 */
public record SettingRule(String setting, String payerKind, List<String> qualifyingDisciplines,
        Integer minDisciplines, Integer minutesPerDay, Integer daysPerWeek, String source) {

    /**
     * Copies the qualifying disciplines (null becomes empty).
     *
     * @param setting               the care setting
     * @param payerKind             the payer kind
     * @param qualifyingDisciplines disciplines of which one must be indicated (null: none)
     * @param minDisciplines        therapy disciplines the stay needs, or null
     * @param minutesPerDay         therapy minutes per day expected, or null
     * @param daysPerWeek           therapy days per week expected, or null
     * @param source                where the requirement comes from
     */
    public SettingRule {
        qualifyingDisciplines = List.copyOf(qualifyingDisciplines == null ? List.of() : qualifyingDisciplines);
    }
}
