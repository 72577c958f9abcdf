package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A discipline's plan of care: first treatment ({@code start}), physician certification ({@code certified}),
 * progress reports written. Contract v2: {@code sentToReferrer} (date the plan went to the referring
 * practitioner), {@code recertified} (dates of recertifications, never null) and {@code end} (last day the plan
 * covers); each null when not given.
 *
 * @param discipline      {@code pt} or {@code ot}
 * @param start           date of the first treatment under the plan, or null
 * @param certified       date the physician or NPP certified the plan, or null
 * @param progressReports dates of progress reports written; never null
 * @param sentToReferrer  date the plan went to the referring practitioner, or null
 * @param recertified     dates of recertifications; never null
 * @param end             last day the plan covers, or null
 */
public record PlanOfCare(String discipline, LocalDate start, LocalDate certified, List<LocalDate> progressReports,
        LocalDate sentToReferrer, List<LocalDate> recertified, LocalDate end) {

    /**
     * A v1 plan of care.
     *
     * @param discipline      {@code pt} or {@code ot}
     * @param start           date of the first treatment, or null
     * @param certified       certification date, or null
     * @param progressReports progress report dates (null: none)
     */
    public PlanOfCare(String discipline, LocalDate start, LocalDate certified, List<LocalDate> progressReports) {
        this(discipline, start, certified, progressReports, null, List.of(), null);
    }

    /**
     * Copies the date lists (null becomes empty).
     *
     * @param discipline      {@code pt} or {@code ot}
     * @param start           date of the first treatment, or null
     * @param certified       certification date, or null
     * @param progressReports progress report dates (null: none)
     * @param sentToReferrer  date sent to the referrer, or null
     * @param recertified     recertification dates (null: none)
     * @param end             last day covered, or null
     */
    public PlanOfCare {
        progressReports = List.copyOf(progressReports == null ? List.of() : progressReports);
        recertified = List.copyOf(recertified == null ? List.of() : recertified);
    }
}
