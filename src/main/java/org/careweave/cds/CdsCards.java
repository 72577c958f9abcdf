package org.careweave.cds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.careweave.fact.billing.BillingMath;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.internal.fhir.FhirSystems;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.PrecautionItem;
import org.careweave.plan.Reason;

/**
 * CDS Hooks 2.0 cards from a careweave plan. A pure function of the plan (and the mapping tables), so the cards a
 * service returns are exactly those of {@code planner.plan(case)}: tests compare them byte for byte. Card uuids
 * are name-based on the card's content, so the same plan gives the same cards.
 *
 * <p>Every card: {@code summary} under 140 characters, {@code detail} (markdown: the plan's words, the rule and
 * its source), {@code indicator} (the alert's severity: info, warning, error -> critical), {@code source}
 * (label "careweave", topic = the rule), and a link to careweave's FHIR guide.
 *
 * <p>The order-sign cards about the disciplines summarise the plan, so their detail ends with two short lines: the
 * precautions (each named, with the disciplines it binds) and the discharge recommendation (setting, equipment to
 * obtain, referrals). They stay in {@code detail}, never the summary: CDS Hooks keeps the summary to one sentence
 * under 140 characters and lets the EHR fold the detail of a non-urgent card away.
 */
final class CdsCards {

    /** The CDS Hooks limit is 140 characters; a longer summary is cut at a word and ends with an ellipsis. */
    public static final int SUMMARY_MAX = 139;
    /** Where careweave publishes its FHIR guide, extensions and code systems (docs/fhir.md). */
    static final String GUIDE = FhirSystems.CAREWEAVE_BASE;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CdsCards() {}

    /** patient-view: one card per alert whose kind {@code fhir-cds-cards.csv} lists for the hook, in plan order. */
    public static ArrayNode patientView(CarePlan plan, FhirMapping map) {
        ArrayNode cards = JSON.createArrayNode();
        alertCards(cards, "patient-view", plan, map);
        return cards;
    }

    /**
     * order-sign: for a PT or OT referral being signed ({@code draft} disciplines), one card per other discipline
     * that is not ordered yet saying whether it is indicated too, with a suggestion creating its ServiceRequest
     * when it is; a warning when a discipline being ordered is not indicated; then the alert cards the hook lists.
     *
     * @param draft      disciplines of the draft orders (pt, ot)
     * @param ordered    disciplines ordered before (active ServiceRequests in the prefetch)
     * @param patientRef the FHIR reference of the patient ({@code Patient/123}) for the suggested ServiceRequest
     */
    public static ArrayNode orderSign(CarePlan plan, Set<String> draft, Set<String> ordered, String patientRef,
            FhirMapping map) {
        ArrayNode cards = JSON.createArrayNode();
        for (DisciplineDecision d : plan.disciplines()) {
            String who = d.discipline().toUpperCase(Locale.ROOT);
            Reason why = d.reasons().isEmpty() ? null : d.reasons().get(0);
            String detail = detail(d, map) + planNotes(plan, map);
            if (draft.contains(d.discipline())) {
                if (!d.indicated()) {
                    cards.add(card("order-sign|not-indicated|" + d.discipline(),
                            who + " referral: the recorded findings do not indicate " + who, detail, "warning", why,
                            map));
                }
            } else if (!ordered.contains(d.discipline())) {
                if (d.indicated()) {
                    ObjectNode card = card("order-sign|also-indicated|" + d.discipline(),
                            who + " is indicated too: add " + BillingMath.an(who + " referral"), detail, "info", why,
                            map);
                    suggestion(card, d.discipline(), who, patientRef, map);
                    cards.add(card);
                } else {
                    cards.add(card("order-sign|not-indicated|" + d.discipline(), who + " is not indicated for now",
                            detail, "info", why, map));
                }
            }
        }
        alertCards(cards, "order-sign", plan, map);
        return cards;
    }

    /**
     * patient-view, when the prefetch had no active Coverage (null, or an empty searchset): the plan was made without
     * a payer, so the payer's thresholds were not checked. Said in a card because their absence would otherwise read
     * as "under the thresholds" (see {@link CdsService#unavailable}). Its words and indicator are the
     * {@code patient-view,no-coverage} row of {@code fhir-cds-cards.csv} ({@link CdsService} refuses rules without
     * it).
     *
     * @return the card, the same every time for the same table
     */
    static ObjectNode noCoverage(FhirMapping map) {
        FhirMapping.CdsCard row = map.serviceCard("patient-view", NO_COVERAGE).orElseThrow();
        return card("patient-view|" + NO_COVERAGE, row.summary(), templates(row.detail()), row.indicator(), null,
                null);
    }

    /** The service card said when the plan was made without a payer. */
    static final String NO_COVERAGE = FhirMapping.NO_COVERAGE;

    private static final java.util.regex.Pattern PREFETCH_KEY = java.util.regex.Pattern.compile(
            "\\{prefetch\\.([A-Za-z]+)}");

    /** A card text with each {@code {prefetch.<key>}} replaced by that key's prefetch template (unknown keys stay). */
    static String templates(String text) {
        return PREFETCH_KEY.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                CdsService.PREFETCH.getOrDefault(m.group(1), CdsService.OPTIONAL_PREFETCH.getOrDefault(m.group(1),
                        m.group()))));
    }

    private static void alertCards(ArrayNode cards, String hook, CarePlan plan, FhirMapping map) {
        List<String> kinds = map.cardKinds(hook);
        for (PlanAlert a : plan.alerts()) {
            if (!kinds.contains(a.kind())) {
                continue;
            }
            String detail = a.message() + "\n\n" + ruleLine(a.rule(), a.source(), map);
            Reason why = a.rule() == null ? null : new Reason(a.rule(), a.message(), a.source());
            cards.add(card(hook + "|" + a.kind() + "|" + a.ref() + "|" + a.message(), a.message(), detail,
                    indicator(a.severity()), why, map));
        }
    }

    private static String detail(DisciplineDecision d, FhirMapping map) {
        StringBuilder b = new StringBuilder();
        for (Reason r : d.reasons()) {
            b.append("- ").append(r.because()).append(" (").append(ruleLine(r.rule(), r.source(), map)).append(")\n");
        }
        return b.toString().strip();
    }

    /** Longest name of one precaution in a card (its words up to the first colon, e.g. "Posterior hip precautions"). */
    static final int PRECAUTION_NAME_MAX = 60;

    /**
     * The plan's precautions and discharge recommendation in two markdown lines (empty when the plan has neither),
     * e.g. {@code **Precautions:** Posterior hip precautions (PT, OT)} and {@code **Discharge:** home with help
     * from family or carers; obtain: walker, reacher; refer: Social work}.
     */
    static String planNotes(CarePlan plan, FhirMapping map) {
        StringBuilder b = new StringBuilder();
        if (!plan.precautions().isEmpty()) {
            List<String> named = plan.precautions().stream().map(p -> precautionName(p) + " ("
                    + String.join(", ", p.disciplines().stream().map(x -> x.toUpperCase(Locale.ROOT)).toList())
                    + ")").toList();
            b.append("\n\n**Precautions:** ").append(String.join("; ", named));
        }
        DischargePlan dp = plan.discharge();
        if (dp != null && (dp.recommendedSetting() != null || !dp.equipment().isEmpty()
                || !dp.referrals().isEmpty())) {
            List<String> parts = new java.util.ArrayList<>();
            if (dp.recommendedSetting() != null) {
                parts.add(map.meaning("discharge-setting", dp.recommendedSetting()));
            }
            if (!dp.equipment().isEmpty()) {
                parts.add("obtain: " + String.join(", ", dp.equipment().stream()
                        .map(e -> map.meaning("equipment", e.item())).toList()));
            }
            if (!dp.referrals().isEmpty()) {
                parts.add("refer: " + String.join(", ", dp.referrals().stream()
                        .map(r -> map.meaning("referral", r.to())).toList()));
            }
            b.append("\n\n**Discharge:** ").append(String.join("; ", parts));
        }
        return b.toString();
    }

    private static String precautionName(PrecautionItem p) {
        String text = p.text();
        int colon = text.indexOf(':');
        String name = colon > 0 ? text.substring(0, colon) : text;
        return name.length() <= PRECAUTION_NAME_MAX ? name : name.substring(0, PRECAUTION_NAME_MAX - 1) + "…";
    }

    /** The rule and its source, the source's catalogue ids read as titles (as in the text and HTML plans). */
    private static String ruleLine(String rule, String source, FhirMapping map) {
        return "careweave rule *" + rule + "*" + (source == null ? "" : "; source: " + map.source(source));
    }

    static String indicator(String severity) {
        return switch (severity) {
            case "error" -> "critical";
            case "warning" -> "warning";
            default -> "info";
        };
    }

    /** Cuts a summary to {@link #SUMMARY_MAX} characters at a word boundary. */
    static String summary(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= SUMMARY_MAX) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SUMMARY_MAX - 1);
        return t.substring(0, cut > 40 ? cut : SUMMARY_MAX - 1) + "…";
    }

    private static ObjectNode card(String identity, String summary, String detail, String indicator, Reason why,
            FhirMapping map) {
        ObjectNode card = JSON.createObjectNode();
        card.put("uuid", UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString());
        card.put("summary", summary(summary));
        card.put("detail", detail);
        card.put("indicator", indicator);
        ObjectNode source = card.putObject("source");
        source.put("label", why == null || why.source() == null ? "careweave"
                : summary("careweave: " + map.source(why.source())));
        source.put("url", GUIDE);
        if (why != null) {
            ObjectNode topic = source.putObject("topic");
            topic.put("system", FhirSystems.RULE);
            topic.put("code", why.rule());
            topic.put("display", why.rule());
        }
        ArrayNode links = card.putArray("links");
        ObjectNode link = links.addObject();
        link.put("label", "How careweave decides (rules, sources, FHIR mapping)");
        link.put("url", GUIDE);
        link.put("type", "absolute");
        return card;
    }

    private static void suggestion(ObjectNode card, String discipline, String who, String patientRef, FhirMapping map) {
        FhirMapping.DisciplineCode code = map.codeOfDiscipline("order", discipline, false).orElse(null);
        if (code == null) {
            return; // no order code in fhir-disciplines.csv: the card still says it, without a one-click order
        }
        ArrayNode suggestions = card.putArray("suggestions");
        ObjectNode s = suggestions.addObject();
        s.put("label", "Add " + BillingMath.an(who + " referral"));
        s.put("uuid", UUID.nameUUIDFromBytes(("suggest|" + discipline).getBytes(StandardCharsets.UTF_8)).toString());
        s.put("isRecommended", true);
        ObjectNode action = s.putArray("actions").addObject();
        action.put("type", "create");
        action.put("description", "Create " + BillingMath.an(who + " referral") + " (evaluate and treat)");
        ObjectNode sr = action.putObject("resource");
        sr.put("resourceType", "ServiceRequest");
        sr.put("status", "draft");
        sr.put("intent", "order");
        ObjectNode coding = sr.putObject("code").putArray("coding").addObject();
        coding.put("system", FhirSystems.uri(code.system()));
        coding.put("code", code.code());
        sr.putObject("subject").put("reference", patientRef);
    }
}
