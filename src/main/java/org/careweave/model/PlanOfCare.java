package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/** A discipline's plan of care: first treatment, physician certification, progress reports written. */
public record PlanOfCare(String discipline, LocalDate start, LocalDate certified, List<LocalDate> progressReports) {

    public PlanOfCare {
        progressReports = List.copyOf(progressReports == null ? List.of() : progressReports);
    }
}
