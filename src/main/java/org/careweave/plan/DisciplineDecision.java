package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Whether a discipline is indicated, with the reasons either way. When indicated (contract v2): {@code scope} is
 * {@code treat} (it leads a problem) or {@code evaluate} (it is to assess first), and {@code referral} is
 * {@code ordered} (the case holds an order) or {@code recommended} (the plan recommends a referral). Both are
 * null, and left out of the JSON, when the discipline is not indicated.
 */
@JsonPropertyOrder({"discipline", "indicated", "scope", "referral", "reasons"})
public record DisciplineDecision(
        String discipline,
        boolean indicated,
        @JsonInclude(JsonInclude.Include.NON_NULL) String scope,
        @JsonInclude(JsonInclude.Include.NON_NULL) String referral,
        List<Reason> reasons) {

    public DisciplineDecision {
        reasons = List.copyOf(reasons);
    }

    /** A decision without scope or referral (not indicated). */
    public DisciplineDecision(String discipline, boolean indicated, List<Reason> reasons) {
        this(discipline, indicated, null, null, reasons);
    }
}
