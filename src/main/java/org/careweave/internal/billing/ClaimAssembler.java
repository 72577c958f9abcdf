package org.careweave.internal.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.careweave.PlanningException;
import org.careweave.fact.billing.AssistantUnits;
import org.careweave.fact.billing.BillingMath;
import org.careweave.fact.billing.ClaimDiagnosis;
import org.careweave.fact.billing.Line;
import org.careweave.fact.billing.LineCode;
import org.careweave.fact.billing.LineDenied;
import org.careweave.fact.billing.LineFee;
import org.careweave.fact.billing.LineModifier;
import org.careweave.fact.billing.LineNote;
import org.careweave.fact.billing.LinePlace;
import org.careweave.fact.billing.LineUnits;
import org.careweave.internal.engine.Conclusions;
import org.careweave.model.Vocabulary;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.Reason;

/**
 * Reads the billing rules' conclusions into claim lines grouped by date. It decides nothing: a line's units are
 * its {@link LineUnits} (0 when a {@link LineDenied} says it is not paid), its code its {@link LineCode}, its
 * modifiers every {@link LineModifier}, its place of service or revenue code its {@link LinePlace}; when
 * {@link AssistantUnits} gives some of its units to an assistant, those are written as a second line with the
 * assistant modifier added (one line per date, discipline, code and modifier set), with the assistant's minutes.
 * Every fact about the line adds its reason. Sorted: dates ascending, then discipline (pt, ot), code, modifier
 * set (without the assistant modifier first); modifiers alphabetically.
 */
public final class ClaimAssembler {

    private ClaimAssembler() {}

    /** The claim dates of a plan; throws {@link PlanningException} when a line lacks units or a code, or has two. */
    public static List<ClaimDate> claims(Conclusions c) {
        Map<Line, LineUnits> units = unique(c, c.all(LineUnits.class), LineUnits::line, "units");
        Map<Line, LineCode> codes = unique(c, c.all(LineCode.class), LineCode::line, "billed codes");
        Map<Line, LinePlace> places = unique(c, c.all(LinePlace.class), LinePlace::line, "places of service");
        Map<Line, LineFee> fees = unique(c, c.all(LineFee.class), LineFee::line, "fees");
        Map<Line, AssistantUnits> assistants =
                unique(c, c.all(AssistantUnits.class), AssistantUnits::line, "assistant unit counts");
        Map<Line, List<LineDenied>> denied = c.all(LineDenied.class).stream()
                .collect(Collectors.groupingBy(LineDenied::line));
        Map<Line, List<LineModifier>> modifiers = c.all(LineModifier.class).stream()
                .collect(Collectors.groupingBy(LineModifier::line));
        Map<Line, List<LineNote>> notes = c.all(LineNote.class).stream()
                .collect(Collectors.groupingBy(LineNote::line));
        List<String> diagnoses = c.all(ClaimDiagnosis.class).stream().distinct()
                .sorted(Comparator.comparingInt(ClaimDiagnosis::position))
                .map(ClaimDiagnosis::code).distinct().toList();

        Map<LocalDate, List<ClaimLine>> byDate = new TreeMap<>();
        List<Line> lines = c.all(Line.class).stream().distinct()
                .sorted(Comparator.comparing(Line::date)
                        .thenComparingInt(l -> Vocabulary.DISCIPLINES.indexOf(l.discipline()))
                        .thenComparing(Line::code))
                .toList();
        for (Line line : lines) {
            List<Reason> reasons = new ArrayList<>();
            LineUnits u = units.get(line);
            if (u == null) {
                throw new PlanningException("no billing rule gave units to " + line.label());
            }
            reasons.add(c.reason(u));
            LineCode code = codes.get(line);
            if (code == null) {
                throw new PlanningException("no billing rule gave a billed code to " + line.label());
            }
            if (code.because() != null) {
                reasons.add(c.reason(code));
            }
            List<LineDenied> no = denied.getOrDefault(line, List.of());
            no.forEach(d -> reasons.add(c.reason(d)));
            notes.getOrDefault(line, List.of()).forEach(n -> reasons.add(c.reason(n)));
            List<LineModifier> mods = modifiers.getOrDefault(line, List.of());
            mods.forEach(m -> reasons.add(c.reason(m)));
            LinePlace place = places.get(line);
            if (place != null) {
                reasons.add(c.reason(place));
            }
            LineFee fee = fees.get(line);
            if (fee != null) {
                reasons.add(c.reason(fee));
            }
            AssistantUnits asst = assistants.get(line);
            if (asst != null) {
                reasons.add(c.reason(asst));
            }
            List<Reason> sortedReasons = reasons.stream().sorted().distinct().toList();
            List<String> base = mods.stream().map(LineModifier::modifier).distinct().sorted().toList();
            int total = no.isEmpty() ? u.units() : 0;
            int assistantUnits = asst == null || total == 0 ? 0 : Math.max(0, Math.min(asst.units(), total));
            List<ClaimLine> out = byDate.computeIfAbsent(line.date(), d -> new ArrayList<>());
            // Minutes follow the units: a split line gives the assistant part the assistant's minutes; a line
            // whose units all carry the modifier keeps all its minutes there.
            int assistantMinutes = assistantUnits == 0 ? 0
                    : assistantUnits == total ? line.minutes() : line.assistantMinutes();
            if (assistantUnits < total || total == 0) {
                out.add(claimLine(line, code.code(), line.minutes() - assistantMinutes,
                        line.delivered() - assistantMinutes, total - assistantUnits, base, place, diagnoses, fee,
                        sortedReasons));
            }
            if (assistantUnits > 0) {
                List<String> withAssistant = new ArrayList<>(base);
                withAssistant.add(asst.modifier());
                int assistantDelivered = assistantUnits == total ? line.delivered() : assistantMinutes;
                out.add(claimLine(line, code.code(), assistantMinutes, assistantDelivered, assistantUnits,
                        withAssistant.stream().distinct().sorted().toList(), place, diagnoses, fee, sortedReasons));
            }
        }
        List<ClaimDate> out = new ArrayList<>();
        byDate.forEach((date, l) -> out.add(new ClaimDate(date, l)));
        return out;
    }

    private static ClaimLine claimLine(Line line, String code, int minutes, int delivered, int units,
            List<String> modifiers, LinePlace place, List<String> diagnoses, LineFee fee, List<Reason> reasons) {
        return new ClaimLine(line.discipline(), code, minutes, delivered, units, modifiers,
                place == null ? null : place.placeOfService(), place == null ? null : place.revenueCode(),
                diagnoses, fee == null ? null : BillingMath.charge(units, fee.perUnit()), reasons);
    }

    private static <T> Map<Line, T> unique(Conclusions c, List<T> facts, java.util.function.Function<T, Line> key,
            String what) {
        Map<Line, T> out = new java.util.HashMap<>();
        for (T f : facts) {
            T before = out.put(key.apply(f), f);
            if (before != null && !before.equals(f)) {
                throw new PlanningException("two " + what + " for " + key.apply(f).label() + ": "
                        + c.reason(before).rule() + " and " + c.reason(f).rule());
            }
        }
        return out;
    }
}
