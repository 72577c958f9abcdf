package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A discipline's plan of care: first treatment ({@code start}), physician certification ({@code certified}),
 * progress reports written. Contract v2: {@code sentToReferrer} (date the plan went to the referring
 * practitioner), {@code recertified} (dates of recertifications, never null) and {@code end} (last day the plan
 * covers); each null when not given.
 */
public record PlanOfCare(String discipline, LocalDate start, LocalDate certified, List<LocalDate> progressReports,
        LocalDate sentToReferrer, List<LocalDate> recertified, LocalDate end) {

    /** A v1 plan of care. */
    public PlanOfCare(String discipline, LocalDate start, LocalDate certified, List<LocalDate> progressReports) {
        this(discipline, start, certified, progressReports, null, List.of(), null);
    }

    public PlanOfCare {
        progressReports = List.copyOf(progressReports == null ? List.of() : progressReports);
        recertified = List.copyOf(recertified == null ? List.of() : recertified);
    }
}
