package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why: the rule that decided, a sentence a therapist or biller would say, and the rule's {@code @source}.
 *
 * @param rule    the rule that decided
 * @param because the reason in words
 * @param source  the rule's {@code @source}: a guideline, manual section or article
 */
@JsonPropertyOrder({"rule", "because", "source"})
public record Reason(String rule, String because, String source) implements Comparable<Reason> {

    /** By rule name, then by reason text. */
    @Override
    public int compareTo(Reason o) {
        int c = rule.compareTo(o.rule);
        return c != 0 ? c : String.valueOf(because).compareTo(String.valueOf(o.because));
    }
}
