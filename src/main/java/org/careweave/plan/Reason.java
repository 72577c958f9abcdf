package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Why: the rule that decided, a sentence a therapist or biller would say, and the rule's {@code @source}. */
@JsonPropertyOrder({"rule", "because", "source"})
public record Reason(String rule, String because, String source) implements Comparable<Reason> {

    @Override
    public int compareTo(Reason o) {
        int c = rule.compareTo(o.rule);
        return c != 0 ? c : String.valueOf(because).compareTo(String.valueOf(o.because));
    }
}
