package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An alert with the rule that raised it and that rule's source; {@code ref} points into the case if set.
 *
 * @param kind     lower-kebab-case alert kind, made by rules
 * @param severity {@code info}, {@code warning} or {@code error}
 * @param ref      a JSON pointer into the case, or null
 * @param message  the alert in words
 * @param rule     the rule that raised it
 * @param source   the rule's {@code @source}
 */
@JsonPropertyOrder({"kind", "severity", "ref", "message", "rule", "source"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanAlert(String kind, String severity, String ref, String message, String rule, String source) {}
