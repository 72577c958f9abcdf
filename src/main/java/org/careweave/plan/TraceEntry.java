package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One rule firing, in firing order: the rule, its file, and the facts it matched.
 *
 * @param rule  the rule name
 * @param file  its file, {@code rules/<path>}
 * @param facts the facts it matched, as text
 */
@JsonPropertyOrder({"rule", "file", "facts"})
public record TraceEntry(String rule, String file, List<String> facts) {
    /**
     * Copies the lists.
     *
     * @param rule  the rule name
     * @param file  its file, {@code rules/<path>}
     * @param facts the facts it matched, as text
     */
    public TraceEntry {
        facts = List.copyOf(facts);
    }
}
