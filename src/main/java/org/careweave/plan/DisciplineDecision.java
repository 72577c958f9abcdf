package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Whether a discipline is indicated, with the reasons either way. When indicated (contract v2): {@code scope} is
 * {@code treat} (it leads a problem) or {@code evaluate} (it is to assess first), and {@code referral} is
 * {@code ordered} (the case holds an order) or {@code recommended} (the plan recommends a referral). Both are
 * null, and left out of the JSON, when the discipline is not indicated.
 *
 * @param discipline {@code pt} or {@code ot}
 * @param indicated  whether the discipline is indicated
 * @param scope      {@code treat} or {@code evaluate}; null when not indicated
 * @param referral   {@code ordered} or {@code recommended}; null when not indicated
 * @param reasons    why, either way
 */
@JsonPropertyOrder({"discipline", "indicated", "scope", "referral", "reasons"})
public record DisciplineDecision(
        String discipline,
        boolean indicated,
        @JsonInclude(JsonInclude.Include.NON_NULL) String scope,
        @JsonInclude(JsonInclude.Include.NON_NULL) String referral,
        List<Reason> reasons) {

    /**
     * Copies the lists.
     *
     * @param discipline {@code pt} or {@code ot}
     * @param indicated  whether the discipline is indicated
     * @param scope      {@code treat} or {@code evaluate}; null when not indicated
     * @param referral   {@code ordered} or {@code recommended}; null when not indicated
     * @param reasons    why, either way
     */
    public DisciplineDecision {
        reasons = List.copyOf(reasons);
    }

    /**
     * A decision without scope or referral (not indicated).
     *
     * @param discipline {@code pt} or {@code ot}
     * @param indicated  whether the discipline is indicated
     * @param reasons    why
     */
    public DisciplineDecision(String discipline, boolean indicated, List<Reason> reasons) {
        this(discipline, indicated, null, null, reasons);
    }
}
