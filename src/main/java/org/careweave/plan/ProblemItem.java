package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A problem (one area in one region) and its one lead discipline; reasons say why it is a problem and why that
 * lead. {@code region} and {@code side} (contract v2) are present only when a finding gave them: {@code side}
 * is {@code left}, {@code right} or {@code both} (findings of both sides, or one saying both).
 *
 * @param area    the problem area
 * @param region  body region, or null
 * @param side    {@code left}, {@code right} or {@code both}, or null
 * @param lead    the one lead discipline, {@code pt} or {@code ot}
 * @param reasons why it is a problem and why that lead
 */
@JsonPropertyOrder({"area", "region", "side", "lead", "reasons"})
public record ProblemItem(
        String area,
        @JsonInclude(JsonInclude.Include.NON_NULL) String region,
        @JsonInclude(JsonInclude.Include.NON_NULL) String side,
        String lead,
        List<Reason> reasons) {

    /**
     * Copies the lists.
     *
     * @param area    the problem area
     * @param region  body region, or null
     * @param side    {@code left}, {@code right} or {@code both}, or null
     * @param lead    the one lead discipline, {@code pt} or {@code ot}
     * @param reasons why it is a problem and why that lead
     */
    public ProblemItem {
        reasons = List.copyOf(reasons);
    }

    /**
     * A problem without a region.
     *
     * @param area    the problem area
     * @param lead    the lead discipline
     * @param reasons why
     */
    public ProblemItem(String area, String lead, List<Reason> reasons) {
        this(area, null, null, lead, reasons);
    }
}
