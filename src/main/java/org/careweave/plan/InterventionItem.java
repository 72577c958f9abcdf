package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A planned treatment: which discipline, for which problem, under which billing code. */
@JsonPropertyOrder({"discipline", "area", "code", "description"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterventionItem(String discipline, String area, String code, String description) {}
