package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Whether a discipline is indicated, with the reasons either way. */
@JsonPropertyOrder({"discipline", "indicated", "reasons"})
public record DisciplineDecision(String discipline, boolean indicated, List<Reason> reasons) {
    public DisciplineDecision {
        reasons = List.copyOf(reasons);
    }
}
