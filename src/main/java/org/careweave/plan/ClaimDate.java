package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The claim lines of one date of service.
 *
 * @param date  the date of service
 * @param lines its claim lines
 */
@JsonPropertyOrder({"date", "lines"})
public record ClaimDate(LocalDate date, List<ClaimLine> lines) {
    /**
     * Copies the lists.
     *
     * @param date  the date of service
     * @param lines its claim lines
     */
    public ClaimDate {
        lines = List.copyOf(lines);
    }
}
