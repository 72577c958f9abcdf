package org.careweave.io;

import java.util.List;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.GoalItem;
import org.careweave.plan.InterventionItem;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;
import org.careweave.plan.ScheduleItem;
import org.careweave.plan.TraceEntry;

/** The plan as a therapist or biller reads it: plain text, sections in the order the team discusses them. */
public final class TextReport {

    private TextReport() {}

    public static String render(CarePlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("Care plan for case ").append(plan.caseId()).append('\n');
        out.append("Rules: ").append(plan.rules().source()).append(' ').append(plan.rules().version()).append("\n\n");

        out.append("DISCIPLINES\n");
        for (DisciplineDecision d : plan.disciplines()) {
            out.append("  ").append(name(d.discipline())).append(": ")
                    .append(d.indicated() ? "indicated" : "not indicated").append('\n');
            reasons(out, d.reasons(), "    ");
        }

        for (String discipline : List.of("pt", "ot")) {
            List<ProblemItem> led = plan.problems().stream().filter(p -> p.lead().equals(discipline)).toList();
            if (led.isEmpty()) {
                continue;
            }
            out.append('\n').append("PROBLEMS LED BY ").append(name(discipline).toUpperCase()).append('\n');
            for (ProblemItem p : led) {
                out.append("  ").append(p.area()).append('\n');
                reasons(out, p.reasons(), "    ");
            }
        }

        if (!plan.goals().isEmpty()) {
            out.append("\nGOALS\n");
            for (GoalItem g : plan.goals()) {
                out.append(String.format("  %-5s %s%n", g.id(), g.text()));
            }
        }
        if (!plan.interventions().isEmpty()) {
            out.append("\nINTERVENTIONS\n");
            for (InterventionItem i : plan.interventions()) {
                out.append(String.format("  %-3s %-22s %-6s %s%n", i.discipline().toUpperCase(), i.area(), i.code(),
                        i.description() == null ? "" : i.description()));
            }
        }
        if (!plan.schedule().isEmpty()) {
            out.append("\nSCHEDULE\n");
            for (ScheduleItem s : plan.schedule()) {
                out.append(String.format("  %s: %d visit(s) a week for %d week(s)%n", name(s.discipline()),
                        s.visitsPerWeek(), s.weeks()));
            }
        }
        if (!plan.claims().isEmpty()) {
            out.append("\nCLAIMS\n");
            out.append(String.format("  %-10s  %-4s %-6s %7s %9s %5s  %-12s %-8s %9s  %s%n", "date", "disc", "code",
                    "minutes", "delivered", "units", "modifiers", "pos/rev", "charge", "note"));
            for (ClaimDate date : plan.claims()) {
                for (ClaimLine l : date.lines()) {
                    String note = l.reasons().isEmpty() ? "" : l.reasons().get(l.reasons().size() - 1).because();
                    String place = l.placeOfService() != null ? l.placeOfService()
                            : l.revenueCode() != null ? "rev " + l.revenueCode() : "";
                    String charge = l.charge() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", l.charge());
                    out.append(String.format("  %-10s  %-4s %-6s %7d %9d %5d  %-12s %-8s %9s  %s%n", date.date(),
                            l.discipline().toUpperCase(), l.code(), l.minutes(), l.deliveredMinutes(), l.units(),
                            String.join(",", l.modifiers()), place, charge, note == null ? "" : note));
                }
            }
        }
        if (!plan.alerts().isEmpty()) {
            out.append("\nALERTS\n");
            for (PlanAlert a : plan.alerts()) {
                out.append("  [").append(a.severity()).append("] ").append(a.kind()).append(": ").append(a.message())
                        .append("  (").append(a.rule()).append(a.source() == null ? "" : "; " + a.source())
                        .append(")\n");
            }
        }
        if (plan.trace() != null) {
            out.append("\nTRACE\n");
            int n = 1;
            for (TraceEntry t : plan.trace()) {
                out.append(String.format("  %3d %s  (%s)%n", n++, t.rule(), t.file()));
                out.append("      ").append(t.facts().stream().collect(Collectors.joining("\n      "))).append('\n');
            }
        }
        return out.toString();
    }

    private static void reasons(StringBuilder out, List<Reason> reasons, String indent) {
        for (Reason r : reasons) {
            out.append(indent).append("- ").append(r.because() == null ? r.rule() : r.because())
                    .append("  [").append(r.rule()).append(r.source() == null ? "" : "; " + r.source()).append("]\n");
        }
    }

    private static String name(String discipline) {
        return switch (discipline) {
            case "pt" -> "Physical therapy";
            case "ot" -> "Occupational therapy";
            default -> discipline;
        };
    }
}
