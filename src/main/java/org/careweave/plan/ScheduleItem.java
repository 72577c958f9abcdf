package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A discipline's frequency and duration.
 *
 * @param discipline    {@code pt} or {@code ot}
 * @param visitsPerWeek visits per week
 * @param weeks         duration in weeks
 * @param reasons       why
 */
@JsonPropertyOrder({"discipline", "visitsPerWeek", "weeks", "reasons"})
public record ScheduleItem(String discipline, int visitsPerWeek, int weeks, List<Reason> reasons) {
    /**
     * Copies the lists.
     *
     * @param discipline    {@code pt} or {@code ot}
     * @param visitsPerWeek visits per week
     * @param weeks         duration in weeks
     * @param reasons       why
     */
    public ScheduleItem {
        reasons = List.copyOf(reasons);
    }
}
