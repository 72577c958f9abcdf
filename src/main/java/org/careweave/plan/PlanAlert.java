package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An alert with the rule that raised it and that rule's source; {@code ref} points into the case if set. */
@JsonPropertyOrder({"kind", "severity", "ref", "message", "rule", "source"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanAlert(String kind, String severity, String ref, String message, String rule, String source) {}
