package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A precaution in words ({@code kind} from the case's precautions, {@code text}) and the disciplines bound by it. */
@JsonPropertyOrder({"kind", "text", "disciplines", "reasons"})
public record PrecautionItem(String kind, String text, List<String> disciplines, List<Reason> reasons) {
    public PrecautionItem {
        disciplines = List.copyOf(disciplines);
        reasons = List.copyOf(reasons);
    }
}
