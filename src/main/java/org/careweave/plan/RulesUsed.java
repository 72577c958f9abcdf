package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Which rule set made the plan: its content hash and where it was read from ("bundled" or a folder). */
@JsonPropertyOrder({"version", "source"})
public record RulesUsed(String version, String source) {}
