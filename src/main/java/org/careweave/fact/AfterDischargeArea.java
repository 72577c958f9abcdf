package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/after-discharge-areas.csv}: a problem {@code area} (driving, return to work,
 * community tasks) whose goal belongs to the setting after discharge when the patient is in one of {@code settings}
 * (an inpatient stay): the plan sets it no goal of this stay and its discharge plan says {@code because} (where and
 * by whom it is taken up), with {@code source}; the problem's own reason says it is addressed after discharge by
 * {@code takenUpBy}.
 */
public record AfterDischargeArea(String area, List<String> settings, String because, String source, String takenUpBy) {
    /**
     * A row; the settings list is copied (null reads as none).
     *
     * @param area     the problem area whose goal belongs after discharge
     * @param settings the settings whose stay sets it no goal
     * @param because  the discharge plan's reason: where and by whom it is taken up
     * @param source   where that comes from
     * @param takenUpBy who takes the problem up after discharge, as the problem's reason names them ("outpatient
     *                 occupational therapy"); required by column-types.csv
     */
    public AfterDischargeArea {
        settings = List.copyOf(settings == null ? List.of() : settings);
    }
}
