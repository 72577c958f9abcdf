package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A goal, numbered per discipline ({@code ot-1}), owned by the lead of its area. */
@JsonPropertyOrder({"id", "discipline", "area", "text"})
public record GoalItem(String id, String discipline, String area, String text) {}
