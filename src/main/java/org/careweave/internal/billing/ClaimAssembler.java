package org.careweave.internal.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.careweave.PlanningException;
import org.careweave.fact.billing.AssistantUnits;
import org.careweave.fact.billing.BillingMath;
import org.careweave.fact.billing.ClaimDiagnosis;
import org.careweave.fact.billing.Line;
import org.careweave.fact.billing.LineDenied;
import org.careweave.fact.billing.LineFee;
import org.careweave.fact.billing.LineModifier;
import org.careweave.fact.billing.LineNote;
import org.careweave.fact.billing.LinePlace;
import org.careweave.fact.billing.LineUnits;
import org.careweave.internal.engine.Conclusions;
import org.careweave.internal.engine.Ordered;
import org.careweave.model.Vocabulary;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.Reason;

/**
 * Reads the billing rules' conclusions into claim lines grouped by date. It decides nothing: a line's units are
 * its {@link LineUnits} (0 when a {@link LineDenied} says it is not paid), its code the line's own (already the
 * code the payer pays: {@link org.careweave.fact.billing.BilledCode}), its modifiers every {@link LineModifier},
 * its place of service or revenue code its {@link LinePlace}; when
 * {@link AssistantUnits} gives some of its units to an assistant, those are written as a second line with the
 * assistant modifier added (one line per date, discipline, code and modifier set), with the assistant's minutes.
 * Every fact about the line adds its reason. Sorted: dates ascending, then discipline (pt, ot), code, modifier
 * set (without the assistant modifier first); modifiers alphabetically.
 *
 * <p>Plain loops and one hash map per kind of line fact: a plan without visits has no lines and pays for nothing
 * here, a plan with hundreds of lines finds each line's facts by hash (src/bench/RESULTS.md, "Java side of a plan").
 */
public final class ClaimAssembler {

    /**
     * Dates, then discipline (pt, ot), then code; lines of one code on one date (two home health visits of a
     * discipline, each its own line) by their reference into the case, then minutes, so that the order never depends
     * on the order the engine concluded them in.
     */
    private static final Comparator<Line> LINE_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        if (c == 0) {
            c = Ordered.compareDisciplines(a.discipline(), b.discipline());
        }
        if (c == 0) {
            c = a.code().compareTo(b.code());
        }
        if (c == 0) {
            c = Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a.ref(), b.ref());
        }
        return c != 0 ? c : Integer.compare(a.minutes(), b.minutes());
    };

    private ClaimAssembler() {}

    /** The claim dates of a plan; throws {@link PlanningException} when a line lacks units, or has two. */
    public static List<ClaimDate> claims(Conclusions c) {
        Map<Line, LineUnits> units = unique(c, c.all(LineUnits.class), LineUnits::line, "units");
        Map<Line, LinePlace> places = unique(c, c.all(LinePlace.class), LinePlace::line, "places of service");
        Map<Line, LineFee> fees = unique(c, c.all(LineFee.class), LineFee::line, "fees");
        Map<Line, AssistantUnits> assistants =
                unique(c, c.all(AssistantUnits.class), AssistantUnits::line, "assistant unit counts");
        Map<Line, List<LineDenied>> denied = byLine(c.all(LineDenied.class), LineDenied::line);
        Map<Line, List<LineModifier>> modifiers = byLine(c.all(LineModifier.class), LineModifier::line);
        Map<Line, List<LineNote>> notes = byLine(c.all(LineNote.class), LineNote::line);
        List<Line> lines = Ordered.sortDistinct(new ArrayList<>(c.all(Line.class)), LINE_ORDER);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> diagnoses = diagnoses(c);

        List<ClaimDate> out = new ArrayList<>();
        List<ClaimLine> ofDate = null;
        LocalDate date = null;
        for (Line line : lines) {
            // sorted by date first: a new date closes the previous one's claim
            if (ofDate == null || !line.date().equals(date)) {
                if (ofDate != null) {
                    out.add(new ClaimDate(date, ofDate));
                }
                date = line.date();
                ofDate = new ArrayList<>();
            }
            LineUnits u = units.get(line);
            if (u == null) {
                throw new PlanningException("no billing rule gave units to " + line.label());
            }
            List<LineDenied> no = denied.getOrDefault(line, List.of());
            List<LineModifier> mods = modifiers.getOrDefault(line, List.of());
            LinePlace place = places.get(line);
            LineFee fee = fees.get(line);
            AssistantUnits asst = assistants.get(line);
            List<LineNote> lineNotes = notes.getOrDefault(line, List.of());
            List<Reason> reasons = reasons(c, u, no, lineNotes, mods, place, fee, asst);
            // the part of a split line without the assistant modifier explains its own modifiers only: not the
            // assistant's units nor how the payer pays them (users' trial 42: the GP-only line of a split 97110 read
            // "CQ: 2 units of 97110 ...")
            List<Reason> withoutAssistant = asst == null ? reasons : reasons(c, u, no,
                    lineNotes.stream().filter(n -> !aboutModifier(n.because(), asst.modifier())).toList(), mods,
                    place, fee, null);
            List<String> base = new ArrayList<>(mods.size());
            for (LineModifier m : mods) {
                base.add(m.modifier());
            }
            Ordered.sortDistinct(base);
            addLines(ofDate, line, line.code(), no.isEmpty() ? u.units() : 0, asst, base, place, diagnoses, fee,
                    reasons, withoutAssistant);
        }
        out.add(new ClaimDate(date, ofDate));
        return out;
    }

    /**
     * A line as one claim line, or two when an assistant furnished some of its units. Minutes follow the units: a
     * split line gives the assistant part the assistant's minutes; a line whose units all carry the modifier keeps
     * all its minutes there.
     */
    private static void addLines(List<ClaimLine> out, Line line, String code, int total, AssistantUnits asst,
            List<String> base, LinePlace place, List<String> diagnoses, LineFee fee, List<Reason> reasons,
            List<Reason> withoutAssistant) {
        int assistantUnits = asst == null || total == 0 ? 0 : Math.max(0, Math.min(asst.units(), total));
        int assistantMinutes = assistantUnits == 0 ? 0
                : assistantUnits == total ? line.minutes() : line.assistantMinutes();
        if (assistantUnits < total || total == 0) {
            // split in two: this part carries no assistant modifier, so nothing that explains one
            out.add(claimLine(line, code, line.minutes() - assistantMinutes, line.delivered() - assistantMinutes,
                    total - assistantUnits, base, place, diagnoses, fee, assistantUnits > 0 ? withoutAssistant
                            : reasons));
        }
        if (assistantUnits > 0) {
            List<String> withAssistant = new ArrayList<>(base.size() + 1);
            withAssistant.addAll(base);
            Ordered.addDistinct(withAssistant, asst.modifier());
            int assistantDelivered = assistantUnits == total ? line.delivered() : assistantMinutes;
            out.add(claimLine(line, code, assistantMinutes, assistantDelivered, assistantUnits,
                    Ordered.sortDistinct(withAssistant), place, diagnoses, fee, reasons));
        }
    }

    /** Whether a line note explains the modifier {@code modifier} ("CQ: ...", "CQ units: ..."). */
    private static boolean aboutModifier(String because, String modifier) {
        return because.startsWith(modifier + ":") || because.startsWith(modifier + " ");
    }

    /** Every fact about a line adds its reason, sorted, each once. */
    private static List<Reason> reasons(Conclusions c, LineUnits u, List<LineDenied> no,
            List<LineNote> notes, List<LineModifier> mods, LinePlace place, LineFee fee, AssistantUnits asst) {
        List<Reason> reasons = new ArrayList<>(4 + no.size() + notes.size() + mods.size());
        reasons.add(c.reason(u));
        for (LineDenied d : no) {
            reasons.add(c.reason(d));
        }
        for (LineNote n : notes) {
            reasons.add(c.reason(n));
        }
        for (LineModifier m : mods) {
            reasons.add(c.reason(m));
        }
        if (place != null) {
            reasons.add(c.reason(place));
        }
        if (fee != null) {
            reasons.add(c.reason(fee));
        }
        if (asst != null) {
            reasons.add(c.reason(asst));
        }
        return Ordered.sortDistinct(reasons);
    }

    /**
     * The case's ICD-10-CM codes in claim order (by position, each once), as one immutable list every claim line
     * shares.
     */
    private static List<String> diagnoses(Conclusions c) {
        // a case may have hundreds of conditions, so distinct by hash rather than by scanning the list
        List<ClaimDiagnosis> distinct = new ArrayList<>(new LinkedHashSet<>(c.all(ClaimDiagnosis.class)));
        distinct.sort(Comparator.comparingInt(ClaimDiagnosis::position));
        List<String> codes = new ArrayList<>(distinct.size());
        for (ClaimDiagnosis d : distinct) {
            codes.add(d.code());
        }
        return List.copyOf(new LinkedHashSet<>(codes));
    }

    private static ClaimLine claimLine(Line line, String code, int minutes, int delivered, int units,
            List<String> modifiers, LinePlace place, List<String> diagnoses, LineFee fee, List<Reason> reasons) {
        return new ClaimLine(line.discipline(), code, minutes, delivered, units, modifiers,
                place == null ? null : place.placeOfService(), place == null ? null : place.revenueCode(),
                diagnoses, fee == null ? null : BillingMath.charge(units, fee.perUnit()), reasons);
    }

    /** The facts about each line, each line's in the order read back. */
    private static <T> Map<Line, List<T>> byLine(List<T> facts, Function<T, Line> key) {
        if (facts.isEmpty()) {
            return Map.of();
        }
        Map<Line, List<T>> out = new HashMap<>();
        for (T f : facts) {
            out.computeIfAbsent(Objects.requireNonNull(key.apply(f)), k -> new ArrayList<>(2)).add(f);
        }
        return out;
    }

    private static <T> Map<Line, T> unique(Conclusions c, List<T> facts, Function<T, Line> key, String what) {
        if (facts.isEmpty()) {
            return Map.of();
        }
        Map<Line, T> out = new HashMap<>();
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
