package org.careweave.internal.io;

import java.util.List;
import java.util.stream.Collectors;
import org.careweave.internal.io.PlanDocument.Block;
import org.careweave.internal.io.PlanDocument.Cell;
import org.careweave.internal.io.PlanDocument.Doc;
import org.careweave.internal.io.PlanDocument.Field;
import org.careweave.internal.io.PlanDocument.Item;
import org.careweave.internal.io.PlanDocument.Items;
import org.careweave.internal.io.PlanDocument.Para;
import org.careweave.internal.io.PlanDocument.Section;
import org.careweave.internal.io.PlanDocument.Table;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.TraceEntry;

/**
 * The plan as a therapist or biller reads it in a terminal: plain text in the plan-of-care order of
 * {@link PlanDocument} (the same order as {@link HtmlReport}), reasons cited as {@code [n]} and written once under
 * SOURCES. Every string from the case or the rules goes through {@link #clean(String)}: control characters and
 * bidirectional overrides cannot reach the terminal.
 */
public final class TextReport {

    private TextReport() {}

    /** The plan with ids as they are (no rule set's labels) and no case header. */
    public static String render(CarePlan plan) {
        return render(plan, null, ReportLabels.NONE);
    }

    /**
     * The plan of care as text. {@code input} is the case that was planned (for the header and the findings; null
     * leaves them out); {@code labels} come from the rule set that made the plan ({@link ReportLabels#of}).
     */
    public static String render(CarePlan plan, Case input, ReportLabels labels) {
        Doc doc = PlanDocument.of(plan, input, labels);
        StringBuilder out = new StringBuilder();
        out.append(clean(doc.title()).toUpperCase(java.util.Locale.ROOT)).append('\n');
        int width = doc.header().stream().mapToInt(f -> f.label().length()).max().orElse(0);
        for (Field f : doc.header()) {
            out.append(String.format("  %-" + width + "s  %s%n", clean(f.label()), clean(f.value())));
        }
        for (Section s : doc.sections()) {
            out.append('\n').append(clean(s.heading()).toUpperCase(java.util.Locale.ROOT)).append('\n');
            blocks(out, s.blocks(), "  ");
            for (Section sub : s.children()) {
                out.append("  ").append(clean(sub.heading())).append('\n');
                blocks(out, sub.blocks(), "    ");
            }
        }
        if (!doc.notes().isEmpty()) {
            out.append("\nSOURCES (rule; source)\n");
            for (PlanDocument.Note n : doc.notes()) {
                out.append(String.format("  [%d] %s; %s%n", n.number(), clean(n.rule()),
                        n.source() == null ? "no source" : clean(n.source())));
            }
        }
        // the therapists sign and the physician or NPP certifies the plan (CMS Pub 100-02 ch.15 §220.1.3), as on the HTML
        out.append("\nSIGNATURES\n");
        for (String line : PlanDocument.signatureLines(plan)) {
            out.append("  ").append(line).append(":\n").append("  ").append("_".repeat(40)).append("   Date: __________\n");
        }
        if (plan.trace() != null) {
            out.append("\nTRACE\n");
            int n = 1;
            for (TraceEntry t : plan.trace()) {
                out.append(String.format("  %3d %s  (%s)%n", n++, clean(t.rule()), clean(t.file())));
                out.append("      ").append(t.facts().stream().map(TextReport::clean)
                        .collect(Collectors.joining("\n      "))).append('\n');
            }
        }
        return out.toString();
    }

    private static void blocks(StringBuilder out, List<Block> blocks, String indent) {
        for (Block b : blocks) {
            if (b instanceof Para p) {
                out.append(indent).append(clean(p.text())).append(cites(p.notes())).append('\n');
            } else if (b instanceof Items items) {
                for (Item i : items.items()) {
                    out.append(indent).append("- ").append(clean(i.text())).append(cites(i.notes())).append('\n');
                    for (Para d : i.details()) {
                        out.append(indent).append("    ").append(clean(d.text())).append(cites(d.notes())).append('\n');
                    }
                }
            } else if (b instanceof Table t) {
                table(out, t, indent);
            }
        }
    }

    /** Columns padded to their widest cell, except the last, which runs on. */
    private static void table(StringBuilder out, Table t, String indent) {
        int columns = t.head().size();
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = t.head().get(c).length();
            for (List<Cell> row : t.rows()) {
                width[c] = Math.max(width[c], text(row.get(c)).length());
            }
        }
        StringBuilder head = new StringBuilder(indent);
        for (int c = 0; c < columns; c++) {
            head.append(c + 1 < columns ? pad(t.head().get(c), width[c]) + "  " : t.head().get(c));
        }
        out.append(head.toString().stripTrailing()).append('\n');
        for (List<Cell> row : t.rows()) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < columns; c++) {
                line.append(c + 1 < columns ? pad(text(row.get(c)), width[c]) + "  " : text(row.get(c)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String text(Cell c) {
        return clean(c.text()) + cites(c.notes());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String cites(List<Integer> notes) {
        return notes.isEmpty() ? "" : " [" + notes.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]";
    }

    /**
     * A string made safe for a terminal and kept on one line: {@link SafeText#escape} writes control characters,
     * bidirectional and zero-width controls as {@code \u001B}-style escapes, and line breaks and tabs are escaped
     * too (one value, one line), so a hostile case can neither drive the terminal nor fake a line of the plan.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return SafeText.escape(s).replace("\n", "\\u000A").replace("\r", "\\u000D").replace("\t", "\\u0009");
    }
}
