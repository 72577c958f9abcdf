package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.lines;
import static org.careweave.internal.billing.Billing.reasons;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.Reason;
import org.junit.jupiter.api.Test;

/**
 * Billing prose a biller would sign: reasons and alerts name payers, settings, disciplines and thresholds in words
 * from the tables (payers.csv label, settings.csv label, disciplines.csv thresholdLabel), never the contract's codes
 * ("pt-slp allowed amounts", "medicare-part-b in outpatient", "2026-11-21 pt 97110").
 */
class BillingProseLabelsTest {

    /** Codes of the contract's vocabularies that read as jargon in a sentence (plain words such as outpatient do not). */
    private static final Pattern RAW = Pattern.compile("medicare-part-[ab]|medicaid\\b|\\bcommercial\\b(?! insurance)"
            + "|self-pay(?! )|skilled-nursing|inpatient-rehab|home-health(?!-visit)|pt-slp|cms-total-time"
            + "|(?<![\\w/-])(pt|ot)(?![\\w-])");

    @Test
    void theKxReasonNamesTheCombinedPtAndSlpThresholdInWords() {
        // 20 PT visits of 97110 for 60 minutes (4 units x $30.00 = $120.00 each) pass the 2026 KX threshold of
        // $2,480.00 on the 21st line: 20 x 120 = 2,400, 21 x 120 = 2,520.
        List<String> visits = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            visits.add(visit(java.time.LocalDate.parse("2026-02-02").plusDays(i).toString(), svc("pt", "97110", 60)));
        }
        CarePlan p = Billing.plan("medicare-part-b", visits);
        List<PlanAlert> kx = alerts(p, "kx-threshold");
        assertEquals(1, kx.size(), kx.toString());
        assertEquals("KX on 2026-02-22 for PT 97110 (1 line): the services of 2026-02-22 take allowed amounts toward the"
                + " combined PT and SLP therapy threshold for 2026 to $2,520.00, past its $2,480.00 for the year; every"
                + " line of the threshold's category on this date carries KX, and KX attests the services are medically"
                + " necessary and documented",
                kx.get(0).message());
    }

    @Test
    void theClaimFormReasonNamesPayerAndSettingByTheirLabels() {
        CarePlan partB = Billing.plan("medicare-part-b", List.of(visit("2026-03-02", svc("pt", "97110", 30))));
        assertTrue(reasons(lines(partB).get(0)).contains("professional claim (CMS-1500), for Medicare Part B in the"
                + " outpatient clinic setting, place of service 11"), reasons(lines(partB).get(0)));
        CarePlan partA = Billing.plan("medicare-part-a", List.of(visit("2026-03-02", svc("pt", "97110", 30))));
        assertTrue(reasons(lines(partA).get(0)).contains("institutional claim, type of bill 021x, for Medicare Part A in"
                + " the skilled nursing facility setting; "), reasons(lines(partA).get(0)));
    }

    @Test
    void theTablesIndexWordsSettingsAndVocabularyValuesAndFallsBackToTheId() {
        org.careweave.fact.Tables tables = org.careweave.fact.Tables.of(List.of(
                new org.careweave.fact.SettingInfo("skilled-nursing", "skilled nursing facility", null),
                new org.careweave.fact.VocabularyTerm("unit-method", "per-code", "each code on its own")));
        assertEquals("skilled nursing facility", tables.settingLabel("skilled-nursing"));
        assertEquals("no-such-setting", tables.settingLabel("no-such-setting"));
        assertEquals("each code on its own", tables.meaning("unit-method", "per-code"));
        assertEquals("cms-total-time", tables.meaning("unit-method", "cms-total-time"));
        assertEquals("per-code", tables.meaning("region", "per-code"), "a value of another list is not this one");
    }

    @Test
    void theTextAndHtmlHeadersNameThePayerByItsLabel() {
        org.careweave.model.Case c = CaseReader.read("{\"caseId\":\"t\",\"setting\":\"outpatient\",\"payer\":"
                + "{\"kind\":\"medicare-part-b\"},\"visits\":[" + visit("2026-03-02", svc("pt", "97110", 30)) + "]}");
        var labels = org.careweave.internal.io.ReportLabels.of(TestRules.planner().rules());
        CarePlan p = TestRules.planner().plan(c);
        String text = org.careweave.internal.io.TextReport.render(p, c, labels);
        assertTrue(text.lines().anyMatch(l -> l.strip().matches("Payer\\s+Medicare Part B")), text);
        String html = org.careweave.internal.io.HtmlReport.render(p, c, labels);
        assertTrue(html.contains("Medicare Part B") && !html.contains("medicare-part-b"), html);
    }

    /** Which file each rule is in: the scan reads the alerts of the billing rules (rules/billing/). */
    private static final org.careweave.internal.io.ReportLabels LABELS =
            org.careweave.internal.io.ReportLabels.of(TestRules.planner().rules());

    @Test
    void noExampleSplicesAVocabularyCodeIntoABillingReasonOrAlert() throws IOException {
        // Every claim line's reasons (all come from billing rules) and every alert a billing rule raised, in every
        // example: on the old rules this listed "pt-slp", "medicare-part-b", "skilled-nursing", "pt 97110", ...
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                CarePlan p = TestRules.planner().plan(CaseReader.read(f));
                for (ClaimLine l : lines(p)) {
                    for (Reason r : l.reasons()) {
                        raw(found, f, r.because());
                    }
                }
                for (PlanAlert a : p.alerts()) {
                    String file = LABELS.ruleFile(a.rule());
                    // plan/settings.drl's payer warnings (episode-not-qualifying) read to a biller too
                    if (file != null && (file.contains("billing/") || file.contains("plan/settings.drl"))) {
                        raw(found, f, a.message());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static void raw(List<String> found, Path file, String text) {
        if (text == null) {
            return;
        }
        Matcher m = RAW.matcher(text);
        if (m.find()) {
            found.add(file.getFileName() + ": '" + m.group() + "' in: " + text);
        }
    }
}
