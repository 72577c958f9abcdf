package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The discharge plan (contract v2): {@code recommendedSetting} ({@code home}, {@code home-with-help},
 * {@code home-health}, {@code outpatient}, {@code inpatient-rehab}, {@code skilled-nursing}; null when nothing
 * assessed yet decides it), equipment to obtain (not what the home already has), a home programme per discipline
 * and referrals, each with why, the rule and its source.
 *
 * @param recommendedSetting where the patient should go next, or null when nothing decides it yet
 * @param reasons            why that setting
 * @param equipment          equipment to obtain
 * @param homeProgram        home programme entries per discipline
 * @param referrals          referrals to other services
 */
@JsonPropertyOrder({"recommendedSetting", "reasons", "equipment", "homeProgram", "referrals"})
public record DischargePlan(String recommendedSetting, List<Reason> reasons, List<Equipment> equipment,
        List<HomeProgramEntry> homeProgram, List<ReferralItem> referrals) {

    /**
     * Copies the lists.
     *
     * @param recommendedSetting where the patient should go next, or null when nothing decides it yet
     * @param reasons            why that setting
     * @param equipment          equipment to obtain
     * @param homeProgram        home programme entries per discipline
     * @param referrals          referrals to other services
     */
    public DischargePlan {
        reasons = List.copyOf(reasons);
        equipment = List.copyOf(equipment);
        homeProgram = List.copyOf(homeProgram);
        referrals = List.copyOf(referrals);
    }

    /**
     * Equipment to obtain ({@code item}: a home.equipment name), why, and who recommends it.
     *
     * @param item       equipment name from {@code vocabulary.csv}, e.g. {@code shower-chair}
     * @param because    why, in words
     * @param discipline {@code pt} or {@code ot}
     * @param rule       the rule that decided it
     * @param source     the rule's {@code @source}
     */
    @JsonPropertyOrder({"item", "because", "discipline", "rule", "source"})
    public record Equipment(String item, String because, String discipline, String rule, String source) {}

    /**
     * One entry of a discipline's home programme.
     *
     * @param discipline {@code pt} or {@code ot}
     * @param text       the exercise or activity in words
     * @param rule       the rule that decided it
     * @param source     the rule's {@code @source}
     */
    @JsonPropertyOrder({"discipline", "text", "rule", "source"})
    public record HomeProgramEntry(String discipline, String text, String rule, String source) {}

    /**
     * A referral ({@code to}: slp, cardiac-rehab, pulmonary-rehab, ..., social-work), why, the rule and source.
     *
     * @param to      the service referred to
     * @param because why, in words
     * @param rule    the rule that decided it
     * @param source  the rule's {@code @source}
     */
    @JsonPropertyOrder({"to", "because", "rule", "source"})
    public record ReferralItem(String to, String because, String rule, String source) {}
}
