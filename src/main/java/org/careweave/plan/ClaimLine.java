package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One claim line: a discipline's code on a date with the minutes it covers, the units billed (0 when the line is
 * not billed; the reasons say why) and its modifiers.
 */
@JsonPropertyOrder({"discipline", "code", "minutes", "units", "modifiers", "reasons"})
public record ClaimLine(String discipline, String code, int minutes, int units, List<String> modifiers,
        List<Reason> reasons) {
    public ClaimLine {
        modifiers = List.copyOf(modifiers);
        reasons = List.copyOf(reasons);
    }
}
