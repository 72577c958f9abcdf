package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Which rule set made the plan: its content hash and where it was read from ("bundled" or a folder).
 *
 * @param version {@code sha256:} and the hex hash of every rule and table file
 * @param source  {@code bundled} or the folder the rules were read from
 */
@JsonPropertyOrder({"version", "source"})
public record RulesUsed(String version, String source) {}
