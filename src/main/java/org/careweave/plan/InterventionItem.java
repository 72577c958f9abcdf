package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A planned treatment: which discipline, for which problem, under which billing code.
 *
 * @param discipline  {@code pt} or {@code ot}
 * @param area        the problem area
 * @param code        the CPT code, e.g. {@code 97535}
 * @param description a short description in plain words from {@code codes.csv} (not the CPT descriptor), or null
 */
@JsonPropertyOrder({"discipline", "area", "code", "description"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterventionItem(String discipline, String area, String code, String description) {}
