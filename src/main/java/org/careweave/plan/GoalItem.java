package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A goal, numbered per discipline ({@code ot-1}), owned by the lead of its area. Contract v2: {@code term}
 * {@code short} or {@code long}, {@code weeks} (when it should be met), {@code baseline} and {@code target} (a
 * level or score on a named scale, or a target in words), {@code patientWords} (the patient's own goal text, only
 * when the goal comes from it).
 *
 * @param id           {@code ot-1}, {@code pt-2}, ...
 * @param discipline   the owner, the lead of the area
 * @param area         the problem area
 * @param term         {@code short} or {@code long}, or null
 * @param weeks        weeks until it should be met, or null
 * @param text         the goal in words
 * @param baseline     where the patient is now, or null
 * @param target       where the goal aims, or null
 * @param patientWords the patient's own goal text when the goal comes from it, or null
 */
@JsonPropertyOrder({"id", "discipline", "area", "term", "weeks", "text", "baseline", "target", "patientWords"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GoalItem(String id, String discipline, String area, String term, Integer weeks, String text,
        Measure baseline, Measure target, String patientWords) {

    /**
     * A goal with only its text (v1 shape).
     *
     * @param id         {@code ot-1}, {@code pt-2}, ...
     * @param discipline the owner
     * @param area       the problem area
     * @param text       the goal in words
     */
    public GoalItem(String id, String discipline, String area, String text) {
        this(id, discipline, area, null, null, text, null, null, null);
    }

    /**
     * A point on a named scale: {@code scale} ({@code gg} for Section GG levels 1-6, a score scale such as
     * {@code nrs-0-10}, or {@code assist} for a functional target in words), {@code value} (null when the scale has
     * no number) and {@code words} (how it reads: "maximal assist").
     *
     * @param scale {@code gg}, a score scale such as {@code nrs-0-10}, or {@code assist}
     * @param value the GG level (1-6) or score, or null
     * @param words how it reads
     */
    @JsonPropertyOrder({"scale", "value", "words"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measure(String scale, Number value, String words) {}
}
