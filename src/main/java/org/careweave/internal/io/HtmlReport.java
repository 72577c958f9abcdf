package org.careweave.internal.io;

import java.util.List;
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
 * The plan as one self-contained, printable HTML page ({@code --format html}): the sections of
 * {@link PlanDocument} in its order, inline CSS with print styles, no script, no image, nothing fetched (a
 * Content-Security-Policy of {@code default-src 'none'} makes sure). Section ids are stable for tools and tests:
 * {@code case}, per discipline {@code pt}/{@code ot} with {@code pt-assessment}, {@code pt-problems},
 * {@code pt-goals}, {@code pt-interventions}, {@code pt-frequency}, {@code pt-precautions}, then {@code split},
 * {@code discharge}, {@code claims}, {@code alerts} with {@code alerts-error}, {@code alerts-warning} and
 * {@code alerts-info} for the severities present, {@code sources}, {@code signatures}. Every string is escaped
 * and stripped of control characters (case strings are untrusted). Deterministic: the same plan gives the same
 * bytes.
 */
public final class HtmlReport {

    private HtmlReport() {}

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font: 11pt/1.4 "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #1a1a1a;
                   margin: 0; background: #fff; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
            h1 { font-size: 20pt; margin: 0 0 .4rem; border-bottom: 3px solid #245a8d; padding-bottom: .3rem; }
            h2 { font-size: 14pt; margin: 1.6rem 0 .4rem; color: #245a8d; border-bottom: 1px solid #9bb7d4;
                 break-after: avoid; }
            h3 { font-size: 11.5pt; margin: 1rem 0 .3rem; break-after: avoid; }
            dl.case { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
            dl.case dt { font-weight: 600; }
            dl.case dd { margin: 0; }
            section.discipline { border-left: 4px solid #9bb7d4; padding-left: 1rem; margin-top: 1.5rem; }
            section.discipline > h2 { margin-top: 0; }
            ul { margin: .2rem 0 .5rem; padding-left: 1.3rem; }
            li { margin: .15rem 0; }
            p { margin: .25rem 0; }
            .why { color: #4a4a4a; font-size: 9.5pt; margin: .1rem 0 0; }
            sup a { color: #245a8d; text-decoration: none; font-size: 8pt; }
            table { border-collapse: collapse; width: 100%; margin: .3rem 0 .6rem; font-size: 10pt; }
            th, td { border: 1px solid #c8d3de; padding: .25rem .4rem; text-align: left; vertical-align: top; }
            th { background: #eef3f8; }
            tr { break-inside: avoid; }
            ol.sources { font-size: 9pt; color: #333; }
            .signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem 2rem; margin-top: 1rem; }
            .signatures div { border-top: 1px solid #333; padding-top: .2rem; font-size: 9pt; min-height: 2.5rem; }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { font-size: 10pt; }
              main { max-width: none; padding: 0; }
              a { color: inherit; }
              section.discipline { break-before: page; }
              section.discipline:first-of-type { break-before: auto; }
              h2, h3 { break-after: avoid; }
              li, .signatures { break-inside: avoid; }
            }
            """;

    /**
     * The plan of care as an HTML page. {@code input}: the case that was planned (header, findings; may be null);
     * {@code labels}: from the rule set that made the plan ({@link ReportLabels#of}).
     */
    public static String render(CarePlan plan, Case input, ReportLabels labels) {
        Doc doc = PlanDocument.of(plan, input, labels);
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(doc.title() + " \u2014 case " + plan.caseId())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<header id=\"case\">\n<h1>").append(esc(doc.title())).append("</h1>\n<dl class=\"case\">\n");
        for (Field f : doc.header()) {
            out.append("<dt>").append(esc(f.label())).append("</dt><dd>").append(esc(f.value())).append("</dd>\n");
        }
        out.append("</dl>\n</header>\n");
        for (Section s : doc.sections()) {
            boolean discipline = plan.disciplines().stream().anyMatch(d -> d.discipline().equals(s.id()));
            out.append("<section id=\"").append(esc(s.id())).append('"')
                    .append(discipline ? " class=\"discipline\"" : "").append(">\n<h2>").append(esc(s.heading()))
                    .append("</h2>\n");
            blocks(out, s.blocks());
            for (Section sub : s.children()) {
                out.append("<section id=\"").append(esc(sub.id())).append("\">\n<h3>").append(esc(sub.heading()))
                        .append("</h3>\n");
                blocks(out, sub.blocks());
                out.append("</section>\n");
            }
            out.append("</section>\n");
        }
        if (!doc.notes().isEmpty()) {
            out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<p class=\"why\">Each numbered reason: the rule "
                    + "that decided, then where its knowledge comes from.</p>\n<ol class=\"sources\">\n");
            for (PlanDocument.Note n : doc.notes()) {
                out.append("<li id=\"note-").append(n.number()).append("\">").append(esc(n.rule())).append(". ")
                        .append(esc(n.source() == null ? "No source given." : n.source())).append("</li>\n");
            }
            out.append("</ol>\n</section>\n");
        }
        signatures(out, plan);
        if (plan.trace() != null) {
            out.append("<section id=\"trace\">\n<h2>Trace</h2>\n<ol>\n");
            for (TraceEntry t : plan.trace()) {
                out.append("<li>").append(esc(t.rule())).append(" <small>(").append(esc(t.file())).append(")</small>");
                t.facts().forEach(f -> out.append("<br><code>").append(esc(f)).append("</code>"));
                out.append("</li>\n");
            }
            out.append("</ol>\n</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Where the treating therapists sign the plan and the physician or NPP certifies it (CMS Pub 100-02 ch.15 §220.1.3). */
    private static void signatures(StringBuilder out, CarePlan plan) {
        out.append("<section id=\"signatures\">\n<h2>Signatures</h2>\n<div class=\"signatures\">\n");
        PlanDocument.signatureLines(plan).forEach(line -> out.append("<div>").append(esc(line)).append("</div>\n"));
        out.append("</div>\n</section>\n");
    }

    private static void blocks(StringBuilder out, List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Para p) {
                out.append("<p>").append(esc(p.text())).append(cites(p.notes())).append("</p>\n");
            } else if (b instanceof Items items) {
                out.append("<ul>\n");
                for (Item i : items.items()) {
                    out.append("<li>").append(esc(i.text())).append(cites(i.notes()));
                    for (Para d : i.details()) {
                        out.append("<p class=\"why\">").append(esc(d.text())).append(cites(d.notes())).append("</p>");
                    }
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            } else if (b instanceof Table t) {
                out.append("<table>\n<thead><tr>");
                t.head().forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
                out.append("</tr></thead>\n<tbody>\n");
                for (List<Cell> row : t.rows()) {
                    out.append("<tr>");
                    row.forEach(c -> out.append("<td>").append(esc(c.text())).append(cites(c.notes())).append("</td>"));
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            }
        }
    }

    private static String cites(List<Integer> notes) {
        StringBuilder s = new StringBuilder();
        for (int n : notes) {
            s.append("<sup><a href=\"#note-").append(n).append("\">[").append(n).append("]</a></sup>");
        }
        return s.toString();
    }

    /**
     * Text for HTML element content or a quoted attribute: control characters and bidirectional controls written
     * as visible escapes (as in the text report, {@link TextReport#clean}), then {@code & < > " '} escaped.
     */
    static String esc(String raw) {
        String s = TextReport.clean(raw);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
