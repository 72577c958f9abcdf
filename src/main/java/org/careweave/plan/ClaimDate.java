package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** The claim lines of one date of service. */
@JsonPropertyOrder({"date", "lines"})
public record ClaimDate(LocalDate date, List<ClaimLine> lines) {
    public ClaimDate {
        lines = List.copyOf(lines);
    }
}
