package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One claim line: a discipline's code on a date with one modifier set. {@code minutes} are the minutes it bills,
 * {@code deliveredMinutes} those documented before any sharing or cut; {@code units} billed (0 when the line is not
 * billed; the reasons say why). A professional claim's line has a two-digit {@code placeOfService} (null on an
 * institutional claim); an institutional claim's line has a {@code revenueCode} (absent otherwise).
 * {@code diagnoses}: ICD-10-CM codes from the case's conditions, primary first. {@code charge}: units times the fee
 * in US dollars (tables/fees.csv, illustrative), absent without a fee.
 *
 * @param discipline       {@code pt} or {@code ot}
 * @param code             CPT or HCPCS code, e.g. {@code 97110}
 * @param minutes          minutes this line bills
 * @param deliveredMinutes minutes documented, before any sharing or cut
 * @param units            units of service billed (15-minute units for timed codes), 0 when not billed
 * @param modifiers        modifiers in claim order, e.g. {@code GP}, {@code KX}, {@code CQ}, {@code 59}
 * @param placeOfService   two-digit place of service (professional claim), or null
 * @param revenueCode      revenue code (institutional claim), or null
 * @param diagnoses        ICD-10-CM codes, primary first
 * @param charge           units times the fee, in US dollars, or null without a fee
 * @param reasons          why: the rules that decided units and modifiers
 */
@JsonPropertyOrder({"discipline", "code", "minutes", "deliveredMinutes", "units", "modifiers", "placeOfService",
        "revenueCode", "diagnoses", "charge", "reasons"})
public record ClaimLine(
        String discipline,
        String code,
        int minutes,
        int deliveredMinutes,
        int units,
        List<String> modifiers,
        String placeOfService,
        @JsonInclude(JsonInclude.Include.NON_NULL) String revenueCode,
        List<String> diagnoses,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double charge,
        List<Reason> reasons) {
    /**
     * Copies the lists (null diagnoses become empty).
     *
     * @param discipline       {@code pt} or {@code ot}
     * @param code             CPT or HCPCS code, e.g. {@code 97110}
     * @param minutes          minutes this line bills
     * @param deliveredMinutes minutes documented, before any sharing or cut
     * @param units            units of service billed (15-minute units for timed codes), 0 when not billed
     * @param modifiers        modifiers in claim order, e.g. {@code GP}, {@code KX}, {@code CQ}, {@code 59}
     * @param placeOfService   two-digit place of service (professional claim), or null
     * @param revenueCode      revenue code (institutional claim), or null
     * @param diagnoses        ICD-10-CM codes, primary first
     * @param charge           units times the fee, in US dollars, or null without a fee
     * @param reasons          why: the rules that decided units and modifiers
     */
    public ClaimLine {
        modifiers = List.copyOf(modifiers);
        diagnoses = List.copyOf(diagnoses == null ? List.of() : diagnoses);
        reasons = List.copyOf(reasons);
    }
}
