package org.careweave.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.careweave.engine.Conclusions;
import org.careweave.engine.PlanningException;
import org.careweave.fact.billing.Line;
import org.careweave.fact.billing.LineCode;
import org.careweave.fact.billing.LineDenied;
import org.careweave.fact.billing.LineModifier;
import org.careweave.fact.billing.LineNote;
import org.careweave.fact.billing.LineUnits;
import org.careweave.model.Vocabulary;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.Reason;

/**
 * Reads the billing rules' conclusions into claim lines grouped by date. It decides nothing: a line's units are
 * its {@link LineUnits} (0 when a {@link LineDenied} says it is not paid), its code its {@link LineCode}, its
 * modifiers every {@link LineModifier}; every fact about the line adds its reason. Sorted: dates ascending, then
 * discipline (pt, ot), then code; modifiers alphabetically.
 */
public final class ClaimAssembler {

    private ClaimAssembler() {}

    public static List<ClaimDate> claims(Conclusions c) {
        Map<Line, LineUnits> units = unique(c, c.all(LineUnits.class), LineUnits::line, "units");
        Map<Line, LineCode> codes = unique(c, c.all(LineCode.class), LineCode::line, "billed codes");
        Map<Line, List<LineDenied>> denied = c.all(LineDenied.class).stream()
                .collect(Collectors.groupingBy(LineDenied::line));
        Map<Line, List<LineModifier>> modifiers = c.all(LineModifier.class).stream()
                .collect(Collectors.groupingBy(LineModifier::line));
        Map<Line, List<LineNote>> notes = c.all(LineNote.class).stream()
                .collect(Collectors.groupingBy(LineNote::line));

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
            byDate.computeIfAbsent(line.date(), d -> new ArrayList<>()).add(new ClaimLine(
                    line.discipline(),
                    code.code(),
                    line.minutes(),
                    no.isEmpty() ? u.units() : 0,
                    mods.stream().map(LineModifier::modifier).distinct().sorted().toList(),
                    reasons.stream().sorted().distinct().toList()));
        }
        List<ClaimDate> out = new ArrayList<>();
        byDate.forEach((date, l) -> out.add(new ClaimDate(date, l)));
        return out;
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
