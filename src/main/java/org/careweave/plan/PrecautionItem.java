package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A precaution in words ({@code kind} from the case's precautions, {@code text}) and the disciplines bound by it.
 *
 * @param kind        the precaution kind from the case
 * @param text        the precaution in words
 * @param disciplines the disciplines it binds
 * @param reasons     where it comes from
 */
@JsonPropertyOrder({"kind", "text", "disciplines", "reasons"})
public record PrecautionItem(String kind, String text, List<String> disciplines, List<Reason> reasons) {
    /**
     * Copies the lists.
     *
     * @param kind        the precaution kind from the case
     * @param text        the precaution in words
     * @param disciplines the disciplines it binds
     * @param reasons     where it comes from
     */
    public PrecautionItem {
        disciplines = List.copyOf(disciplines);
        reasons = List.copyOf(reasons);
    }
}
