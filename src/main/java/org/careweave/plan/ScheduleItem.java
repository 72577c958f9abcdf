package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A discipline's frequency and duration. */
@JsonPropertyOrder({"discipline", "visitsPerWeek", "weeks", "reasons"})
public record ScheduleItem(String discipline, int visitsPerWeek, int weeks, List<Reason> reasons) {
    public ScheduleItem {
        reasons = List.copyOf(reasons);
    }
}
