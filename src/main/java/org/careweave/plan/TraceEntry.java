package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One rule firing, in firing order: the rule, its file, and the facts it matched. */
@JsonPropertyOrder({"rule", "file", "facts"})
public record TraceEntry(String rule, String file, List<String> facts) {
    public TraceEntry {
        facts = List.copyOf(facts);
    }
}
