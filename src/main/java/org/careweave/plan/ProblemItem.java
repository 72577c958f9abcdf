package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A problem area and its one lead discipline; reasons say why it is a problem and why that lead. */
@JsonPropertyOrder({"area", "lead", "reasons"})
public record ProblemItem(String area, String lead, List<Reason> reasons) {
    public ProblemItem {
        reasons = List.copyOf(reasons);
    }
}
