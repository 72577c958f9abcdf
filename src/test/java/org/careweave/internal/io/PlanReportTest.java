package org.careweave.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/** The text and HTML plans of care: their order, labels, reasons said once, and hostile strings made harmless. */
class PlanReportTest {

    private static final ReportLabels LABELS = ReportLabels.of(TestRules.planner().rules());

    private static Case hip() throws IOException {
        return CaseReader.read(Path.of("examples/hip-replacement.json"));
    }

    private static String text(Case c) {
        return TextReport.render(TestRules.planner().plan(c), c, LABELS);
    }

    private static String html(Case c) {
        return HtmlReport.render(TestRules.planner().plan(c), c, LABELS);
    }

    @Test
    void textAndHtmlFollowThePlanOfCareOrder() throws IOException {
        String text = text(hip());
        List<String> textOrder = List.of("PLAN OF CARE", "PHYSICAL THERAPY", "  Assessment summary", "  Problem list",
                "  Goals", "  Interventions", "  Frequency and duration", "OCCUPATIONAL THERAPY", "COORDINATED SPLIT",
                "CLAIMS", "ALERTS", "SOURCES");
        assertInOrder(text, textOrder);
        String html = html(hip());
        assertInOrder(html, List.of("id=\"case\"", "id=\"pt\"", "id=\"pt-assessment\"", "id=\"pt-problems\"",
                "id=\"pt-goals\"", "id=\"pt-interventions\"", "id=\"pt-frequency\"", "id=\"ot\"", "id=\"split\"",
                "id=\"claims\"", "id=\"alerts\"", "id=\"sources\"", "id=\"signatures\""));
    }

    /**
     * The text plan ends with the lines the HTML has: each treating discipline's therapist signs and dates, and the
     * physician or NPP certifies the plan of care by a dated signature (CMS Pub 100-02 ch.15 §220.1.3). The hip case
     * has PT and OT indicated, so three lines, after the sources.
     */
    @Test
    void theTextPlanHasTheTherapistsSignaturesAndThePhysiciansCertification() throws IOException {
        String text = text(hip());
        assertInOrder(text, List.of("SOURCES", "SIGNATURES", "  PT therapist, signature and date:",
                "  OT therapist, signature and date:",
                "  Certifying physician or non-physician practitioner, signature and date:"));
        assertEquals(3, text.split("Date: __________", -1).length - 1, text);
        String html = html(hip());
        assertTrue(html.contains("<div>PT therapist, signature and date</div>"), html);
        assertTrue(html.contains("<div>Certifying physician or non-physician practitioner, signature and date</div>"), html);
    }

    private static void assertInOrder(String doc, List<String> marks) {
        int at = -1;
        for (String m : marks) {
            int next = doc.indexOf(m, at + 1);
            assertTrue(next > at, "'" + m + "' missing or out of order in:\n" + doc);
            at = next;
        }
    }

    /**
     * A child's findings and goal baselines keep the 6-point scale without the name of CMS's adult assessment
     * (child-wording.csv gg-level: "help level"), as its needs already did; an adult's keep "Section GG". The
     * child is five on the plan's date (examples/child-needs-in-a-childs-words.json); the adult is the same case with
     * a birth date in 1950.
     */
    @Test
    void aChildsFindingsAndGoalsSayHelpLevelAndAnAdultsSaySectionGg() throws IOException {
        Case child = CaseReader.read(Path.of("examples/child-needs-in-a-childs-words.json"));
        String text = text(child);
        String discipline = text.substring(text.indexOf("PHYSICAL THERAPY"), text.indexOf("COORDINATED SPLIT"));
        assertFalse(discipline.contains("Section GG"), discipline);
        assertTrue(discipline.contains("- Upper-body dressing: help level 03 partial/moderate assistance"), discipline);
        assertTrue(discipline.contains("Baseline: help level 03 partial/moderate assistance (minimal to moderate assist);"
                + " target: help level 04 supervision or touching assistance"), discipline);
        assertTrue(discipline.contains("(help level 03 to 04)"), discipline);
        String json = java.nio.file.Files.readString(Path.of("examples/child-needs-in-a-childs-words.json"))
                .replace("2021-09-14", "1950-09-14");
        String adult = text(CaseReader.read(json));
        String adultDiscipline = adult.substring(adult.indexOf("PHYSICAL THERAPY"), adult.indexOf("COORDINATED SPLIT"));
        assertFalse(adultDiscipline.contains("help level"), adultDiscipline);
        assertTrue(adultDiscipline.contains("- Upper-body dressing: Section GG 03 partial/moderate assistance"), adultDiscipline);
        assertTrue(adultDiscipline.contains("(Section GG 03 to 04)"), adultDiscipline);
    }

    /**
     * A goal whose target in words is most of its own text (a limit's goal: a transtibial amputee's walking, no weight
     * through the leg before the prosthesis) is not printed a second time as its target; a short target in words
     * (caregiver training "safely and without cues from the therapist") still is (a user's trial read limit goals twice).
     */
    @Test
    void aTargetThatIsTheGoalsOwnTextIsNotPrintedTwice() throws IOException {
        String text = text(CaseReader.read(Path.of("examples/precaution-nwb-transtibial-walking-waits-for-prosthesis.json")));
        String hop = "walks only by hopping on the other leg with a walker";
        assertEquals(1, text.split(Pattern.quote(hop), -1).length - 1, text);
        assertTrue(text.contains("Baseline: as assessed; target: as the goal says"), text);
        assertTrue(text.contains("target: safely and without cues from the therapist"), text);
    }

    @Test
    void alertsReadAsFindingsForTheBillerNotAsCareweavesErrors() throws IOException {
        String text = text(hip());
        int at = text.indexOf("ALERTS FOR REVIEW\n");
        assertTrue(at >= 0, text);
        String section = text.substring(at, text.indexOf("\nSOURCES", at));
        assertTrue(section.contains("for the biller and the therapists before the claim is sent. The plan above is"
                + " complete: the alerts are about the case's records, not failures in making the plan."), section);
        // the example's one alert: OT alone marked co-treatment (its expected file asks for it), a warning
        assertTrue(section.contains("\n  Warnings: to check before the claim is sent\n    - cotreatment-split:"
                + " 2026-11-21: only OT marked minutes as co-treatment;"), section);
        assertTrue(!section.contains("- warning:"), section);
        assertTrue(!section.contains("Errors"), "no error, no heading for errors: " + section);
        assertTrue(!section.contains("input-date-out-of-range"), "the example's visit is within its asOf: " + section);
    }

    /**
     * Hostile-user trial: "(error)" alerts were listed under a sentence saying the alerts were not errors. Each
     * severity has its heading, errors first; the sentence no longer says "not errors". Example
     * billing-certification-overdue has one error (certification-due) and one warning (recertification-due);
     * billing-cotreatment-clock-facility one warning (edit-pair-modifier) and one info (cotreatment-split).
     */
    @Test
    void alertsAreListedUnderTheHeadingOfTheirSeverity() throws IOException {
        Case overdue = CaseReader.read(Path.of("examples/billing-certification-overdue.json"));
        String text = text(overdue);
        String alerts = text.substring(text.indexOf("ALERTS FOR REVIEW\n"), text.indexOf("\nSOURCES"));
        assertTrue(!alerts.contains("not errors"), alerts);
        // (the example's OT evaluation also has an evaluation-complexity warning, listed before it)
        assertInOrder(alerts, List.of("\n  Errors: to correct before the claim is sent\n    - certification-due: OT plan"
                + " of care started 2025-12-01 is not certified", "\n  Warnings: to check before the claim is sent\n",
                "    - recertification-due: OT plan of care started 2025-12-01"));
        String errors = alerts.substring(alerts.indexOf("Errors:"), alerts.indexOf("Warnings:"));
        assertEquals(1, errors.split("\n    - ", -1).length - 1, "one item under errors: " + errors);
        String html = html(overdue);
        assertInOrder(html, List.of("<section id=\"alerts\">", "<h2>Alerts for review</h2>",
                "<section id=\"alerts-error\">\n<h3>Errors: to correct before the claim is sent</h3>",
                "certification-due: OT plan of care", "<section id=\"alerts-warning\">", "recertification-due: ",
                "<section id=\"sources\">"));
        assertTrue(!html.contains("<section id=\"alerts\" class=\"discipline\">"), "styled as a section, not a discipline");

        Case clock = CaseReader.read(Path.of("examples/billing-cotreatment-clock-facility.json"));
        String info = text(clock);
        info = info.substring(info.indexOf("ALERTS FOR REVIEW\n"), info.indexOf("\nSOURCES"));
        assertTrue(!info.contains("Errors"), info);
        assertInOrder(info, List.of("\n  Warnings: to check before the claim is sent\n    - edit-pair-modifier: ",
                "\n  For information\n    - cotreatment-split: PT and OT treated together for 15 minutes"));
    }

    @Test
    void textNamesAreasByTheirLabelsNotTheirIds() throws IOException {
        String text = text(hip());
        assertTrue(text.contains("- Walking 150 feet\n"), text);
        assertTrue(text.contains("Tub and shower transfers"), text);
        assertFalse(text.contains("walk-150-feet"), "an area id in the text plan:\n" + text);
        assertFalse(text.contains("tub-shower-transfer"), text);
    }

    /**
     * The hip case: PT leads four problems (the goal of walking to church is no problem of its own) and OT six,
     * each indicated by one rule. That reason is one sentence per
     * discipline, and the rule with its source is written once under SOURCES, cited by both disciplines.
     */
    @Test
    void aReasonIsSaidOncePerSectionAndItsSourceOncePerPlan() throws IOException {
        String text = text(hip());
        String rule = "A discipline that leads a problem is indicated to treat it";
        assertEquals(1, count(text, rule), text);
        assertTrue(text.contains("It leads climbing four steps, pain, strength and walking 150 feet [1]"), text);
        assertEquals(2, count(text, "walking 150 feet [1]") + count(text, "tub and shower transfers [1]"), text);
        assertEquals(2, count(text, "It leads "), "one indication sentence per discipline:\n" + text);
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void sourcesReadByTheirTitles() throws IOException {
        String text = text(hip());
        assertTrue(text.contains("Ivy Rehab Network, \"Occupational Therapy vs. Physical Therapy: What's the "
                + "Difference?\" (2023): after a hip replacement OT reviews dressing techniques"), text);
        assertTrue(text.contains("Medicare Claims Processing Manual (CMS Pub. 100-04), chapter 5 §20.1"), text);
        assertFalse(text.contains("000_c04b2ddf23040f18.txt"), "a seed file name instead of its title:\n" + text);
    }

    @Test
    void mergedReasonsShareTheirFirstWordsOnce() {
        assertEquals("it leads pain, strength and walking", PlanDocument.merge(List.of("it leads pain",
                "it leads strength", "it leads walking")));
        assertEquals("a b; c d", PlanDocument.merge(List.of("a b", "c d")), "nothing shared: joined as they are");
        assertEquals("it leads x; it leads", PlanDocument.merge(List.of("it leads x", "it leads")),
                "a sentence that is only the shared words is not cut to nothing");
        // trial 3 case 19: two NCCI notes, the second the first with an explanation added, read "not paid and paid"
        assertEquals("otherwise it is not paid; otherwise it is not paid (OT and PT lines)", PlanDocument.merge(
                List.of("otherwise it is not paid", "otherwise it is not paid (OT and PT lines)")),
                "a sentence that is another cut short is not merged into it");
    }

    /** Case strings are untrusted: markup, terminal escapes and bidi overrides never reach the reader as such. */
    @Test
    void hostileCaseStringsAreEscaped() {
        String json = """
                {"caseId": "x<script>alert(1)</script>\\u202e", "asOf": "2026-11-20",
                 "setting": "outpatient",
                 "findings": [ {"area": "walk-150-feet", "level": 2} ],
                 "goals": [ {"text": "<img src=http://evil.example/x onerror=alert(1)>\\u001b]0;pwn\\u0007\\u202etxt.exe\\n", "activity": "community-mobility"} ]}
                """;
        Case c = CaseReader.read(json);
        String html = html(c);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;img src=http://evil.example/x onerror=alert(1)&gt;"), html);
        assertFalse(html.chars().anyMatch(ch -> ch < 0x20 && ch != '\n'), "a control character in the HTML");
        assertFalse(html.contains("\u202e"), "a bidi override in the HTML");
        String text = text(c);
        assertFalse(text.chars().anyMatch(ch -> ch < 0x20 && ch != '\n'), "a control character in the text");
        assertFalse(text.contains("\u202e"), "a bidi override in the text");
        assertTrue(text.contains("x<script>alert(1)</script>\\u202E"), "text shows the id, escapes made visible");
    }

    @Test
    void theHtmlPageIsSelfContainedAndFetchesNothing() throws IOException {
        String html = html(hip());
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("<img"), "no image");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no network reference");
        assertTrue(html.contains("default-src 'none'"), "a CSP forbids fetching anything");
        assertTrue(html.contains("@media print"), "print styles");
        Matcher cite = Pattern.compile("href=\"#note-(\\d+)\"").matcher(html);
        while (cite.find()) {
            assertTrue(html.contains("id=\"note-" + cite.group(1) + "\""), "note " + cite.group(1) + " has a target");
        }
    }

    @Test
    void theSameCaseGivesTheSameBytes() throws IOException {
        assertEquals(html(hip()), html(hip()));
        assertEquals(text(hip()), text(hip()));
    }

    @Test
    void withoutLabelsTheTextPlanStillRenders() throws IOException {
        CarePlan plan = TestRules.planner().plan(hip());
        String text = TextReport.render(plan);
        assertTrue(text.contains("walk-150-feet"), "ids where no table gives labels");
    }
}
