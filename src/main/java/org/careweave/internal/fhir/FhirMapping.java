package org.careweave.internal.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careweave.fact.Icd10Category;
import org.careweave.fact.SourceInfo;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.engine.SideTables;
import org.careweave.internal.engine.Vocabularies;
import org.careweave.internal.io.ReportLabels;
import org.careweave.model.Vocabulary;

/**
 * The FHIR code mappings, read from the {@code rules/tables/fhir-*.csv} tables of a rule source (so they are
 * edited, versioned and hot-reloaded with the rules). Immutable and thread-safe; loads no HAPI class.
 *
 * @param loincAreas       {@code fhir-loinc-areas.csv}: LOINC observation code to finding area
 * @param ggAnswers        {@code fhir-gg-answers.csv}: Section GG answer code to level (1-6) or notAttempted
 * @param icd10            {@code fhir-icd10-categories.csv}: ICD-10-CM prefix to condition category
 * @param payers           {@code fhir-payers.csv}: Coverage.type (+ plan class) to payer kind
 * @param settings         {@code fhir-settings.csv}: Encounter type/class to setting
 * @param disciplines      {@code fhir-disciplines.csv}: order and performer codes to discipline
 * @param cdsCards         {@code fhir-cds-cards.csv}: which alert kinds each CDS hook shows, and the words of the
 *                         service's own cards (no-coverage)
 * @param bodySites        {@code fhir-body-sites.csv}: Observation.bodySite codings to region and side (v2)
 * @param findingStatuses  {@code fhir-finding-status.csv}: interpretation / dataAbsentReason to status (v2)
 * @param scales           {@code fhir-scales.csv}: a goal scale's standard code, direction and Observation category
 * @param precautions      {@code fhir-precautions.csv}: a precaution kind's Flag.category and standard coding
 * @param dischargeCodes   {@code fhir-discharge-codes.csv}: standard codings of discharge settings, equipment and
 *                         referrals
 * @param priorFunction    {@code fhir-prior-function.csv}: Observation.code of a GG0100 prior-function item to its
 *                         field (selfCare, indoorMobility, stairs, functionalCognition)
 * @param meanings         {@code vocabulary.csv}: what each value of a closed list means in words (for display)
 * @param vocabulary       the closed vocabularies of the same rules (areas, categories, ...), which a mapped
 *                         value must belong to
 * @param sourceTitles     {@code sources.csv}: the titles that replace catalogue ids in the sources a card or
 *                         Provenance cites, as in the text and HTML plans
 */
public record FhirMapping(
        List<LoincArea> loincAreas,
        List<GgAnswer> ggAnswers,
        List<Icd10Category> icd10,
        List<PayerCode> payers,
        List<SettingCode> settings,
        List<DisciplineCode> disciplines,
        List<CdsCard> cdsCards,
        List<BodySite> bodySites,
        List<FindingStatus> findingStatuses,
        List<Scale> scales,
        List<PrecautionCode> precautions,
        List<DischargeCode> dischargeCodes,
        List<PriorFunctionItem> priorFunction,
        List<Meaning> meanings,
        Vocabulary vocabulary,
        ReportLabels sourceTitles) {

    /**
     * A goal scale ({@code gg}, {@code nrs-0-10}, ...): its standard code (system alias and code, both null when it
     * has none), display, {@code better} ({@code higher} or {@code lower}) and the baseline Observation's category.
     */
    public record Scale(String scale, String system, String code, String display, String better, String category,
            String source) {}

    /** A precaution kind: its Flag.category (flag-category code) and a standard coding (null when none). */
    public record PrecautionCode(String kind, String category, String system, String code, String source) {}

    /** A standard coding of a value of a discharge list ({@code discharge-setting}, {@code equipment}, {@code referral}). */
    public record DischargeCode(String list, String value, String system, String code, String display, String source) {}

    /** An Observation.code of a GG0100 prior-function item and the patient.priorFunction field it fills. */
    public record PriorFunctionItem(String system, String code, String field, String source) {}

    /** A value of a closed list of {@code vocabulary.csv} and what it means in words. */
    public record Meaning(String list, String value, String meaning) {}

    /** A LOINC observation code and the finding area it records. */
    public record LoincArea(String loinc, String area, String source) {}

    /** A GG answer code: {@code level} 1-6, or null with {@code notAttempted} set. {@code system} is an alias. */
    public record GgAnswer(String system, String code, Integer level, String notAttempted, String source) {}

    /** A Coverage.type code (and, when not empty, the Coverage.class plan value) and its payer kind. */
    public record PayerCode(String system, String code, String planClass, String payerKind, String source) {}

    /** An Encounter type or class code and the care setting it means. */
    public record SettingCode(String system, String code, String setting, String source) {}

    /** An order or performer code naming a discipline; {@code assistant} marks a PT/OT assistant. */
    public record DisciplineCode(String system, String code, String discipline, boolean assistant, String use,
            String source) {}

    /**
     * A card the CDS hook {@code hook} shows: a plan alert of kind {@code kind} (the card says the alert's message at
     * the alert's severity; {@code indicator}, {@code summary} and {@code detail} empty), or a card of the service's
     * own, such as {@code no-coverage}, whose words are the row's.
     *
     * @param hook      {@code patient-view} or {@code order-sign}
     * @param kind      a plan alert kind, or the name of a service card
     * @param source    why the hook shows it, by title
     * @param indicator a service card's CDS Hooks indicator (info, warning, critical); null for an alert's card
     * @param summary   a service card's summary (under 140 characters); null for an alert's card
     * @param detail    a service card's detail (markdown; {@code {prefetch.<key>}} stands for that key's prefetch
     *                  template); null for an alert's card
     */
    public record CdsCard(String hook, String kind, String source, String indicator, String summary, String detail) {}

    /** A body-structure or laterality coding: {@code region} and/or {@code side} (contract v2 names). */
    public record BodySite(String system, String code, String region, String side, String source) {}

    /** An interpretation or data-absent-reason coding and the finding status it means. */
    public record FindingStatus(String system, String code, String status, String source) {}

    /** The body-site row of a coding, if any. */
    public Optional<BodySite> bodySite(String systemUri, String code) {
        return bodySites.stream().filter(r -> FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code))
                .findFirst();
    }

    /** The finding status of a coding, if any. */
    public Optional<String> findingStatus(String systemUri, String code) {
        return findingStatuses.stream()
                .filter(r -> FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code))
                .map(FindingStatus::status).findFirst();
    }

    public FhirMapping {
        bodySites = List.copyOf(bodySites);
        findingStatuses = List.copyOf(findingStatuses);
        loincAreas = List.copyOf(loincAreas);
        ggAnswers = List.copyOf(ggAnswers);
        icd10 = List.copyOf(icd10);
        payers = List.copyOf(payers);
        settings = List.copyOf(settings);
        disciplines = List.copyOf(disciplines);
        cdsCards = List.copyOf(cdsCards);
        scales = List.copyOf(scales);
        precautions = List.copyOf(precautions);
        dischargeCodes = List.copyOf(dischargeCodes);
        priorFunction = List.copyOf(priorFunction);
        meanings = List.copyOf(meanings);
        sourceTitles = sourceTitles == null ? ReportLabels.NONE : sourceTitles;
    }

    /**
     * A source text ({@code @source} or a table's source column) as a clinician reads it: each catalogue id
     * replaced by its title ({@link ReportLabels#source}), so a card or Provenance never shows a seed file's id.
     */
    public String source(String text) {
        return sourceTitles.source(text);
    }

    /**
     * Reads the mapping tables of a rule source.
     *
     * @throws org.careweave.RuleBuildException naming {@code rules/tables/fhir-...csv:<line>} for a bad row
     */
    public static FhirMapping of(RuleSource source) {
        return new FhirMapping(
                SideTables.read(source, "fhir-loinc-areas", LoincArea.class),
                SideTables.read(source, "fhir-gg-answers", GgAnswer.class),
                SideTables.read(source, "fhir-icd10-categories", Icd10Category.class),
                SideTables.read(source, "fhir-payers", PayerCode.class),
                SideTables.read(source, "fhir-settings", SettingCode.class),
                SideTables.read(source, "fhir-disciplines", DisciplineCode.class),
                SideTables.read(source, "fhir-cds-cards", CdsCard.class),
                SideTables.read(source, "fhir-body-sites", BodySite.class),
                SideTables.read(source, "fhir-finding-status", FindingStatus.class),
                SideTables.read(source, "fhir-scales", Scale.class),
                SideTables.read(source, "fhir-precautions", PrecautionCode.class),
                SideTables.read(source, "fhir-discharge-codes", DischargeCode.class),
                SideTables.read(source, "fhir-prior-function", PriorFunctionItem.class),
                SideTables.read(source, "vocabulary", Meaning.class),
                source.origin().equals("bundled") ? Vocabularies.bundled() : Vocabularies.of(source),
                ReportLabels.of(new ArrayList<Object>(SideTables.read(source, "sources", SourceInfo.class))));
    }

    /** The area a LOINC code records, if the table has it. */
    public Optional<String> areaOfLoinc(String loinc) {
        return loincAreas.stream().filter(r -> r.loinc().equals(loinc)).map(LoincArea::area).findFirst();
    }

    /** The LOINC code careweave writes for an area (the first row naming it), if any. */
    public Optional<String> loincOfArea(String area) {
        return loincAreas.stream().filter(r -> r.area().equals(area)).map(LoincArea::loinc).findFirst();
    }

    /** The GG answer of a coding, if the table has it. */
    public Optional<GgAnswer> answer(String systemUri, String code) {
        return ggAnswers.stream()
                .filter(r -> FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code)).findFirst();
    }

    /** The answer code careweave writes for a GG level (the first row with that level), if any. */
    public Optional<GgAnswer> answerOfLevel(int level) {
        return ggAnswers.stream().filter(r -> r.level() != null && r.level() == level).findFirst();
    }

    /** The condition category of an ICD-10-CM code by its longest matching prefix, if any row matches. */
    public Optional<String> categoryOfIcd10(String code) {
        return Icd10Category.matching(icd10, code).stream().findFirst().map(Icd10Category::category);
    }

    /** The payer kind of a Coverage.type coding and plan class (null when the Coverage has none), if mapped. */
    public Optional<String> payerKind(String systemUri, String code, String planClass) {
        return payers.stream()
                .filter(r -> FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code))
                .filter(r -> r.planClass() == null || r.planClass().equalsIgnoreCase(String.valueOf(planClass)))
                .map(PayerCode::payerKind).findFirst();
    }

    /** Whether some row maps this Coverage.type coding for some plan class (to tell "part missing" apart). */
    public boolean payerNeedsPlanClass(String systemUri, String code) {
        return payers.stream().anyMatch(r -> FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code)
                && r.planClass() != null);
    }

    /** The setting of an Encounter type or class coding, if mapped. */
    public Optional<String> setting(String systemUri, String code) {
        return settings.stream().filter(r -> FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code))
                .map(SettingCode::setting).findFirst();
    }

    /** The discipline row of a coding for one use ({@code order} or {@code performer}), if mapped. */
    public Optional<DisciplineCode> discipline(String use, String systemUri, String code) {
        return disciplines.stream().filter(r -> r.use().equals(use)
                && FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code)).findFirst();
    }

    /** The first row of a discipline for one use and assistant flag: what careweave writes. */
    public Optional<DisciplineCode> codeOfDiscipline(String use, String discipline, boolean assistant) {
        return disciplines.stream().filter(r -> r.use().equals(use) && r.discipline().equals(discipline)
                && r.assistant() == assistant).findFirst();
    }

    /** The alert kinds a CDS hook shows, in table order. */
    public List<String> cardKinds(String hook) {
        List<String> kinds = new ArrayList<>();
        cdsCards.stream().filter(r -> r.hook().equals(hook) && r.summary() == null).forEach(r -> kinds.add(r.kind()));
        return kinds;
    }

    /** The row of a service card of {@code hook} (one with its own summary), if the table has it. */
    public Optional<CdsCard> serviceCard(String hook, String kind) {
        return cdsCards.stream().filter(r -> r.hook().equals(hook) && r.kind().equals(kind) && r.summary() != null)
                .findFirst();
    }

    /** The service card patient-view shows when the request had no coverage, so the plan was made without a payer. */
    public static final String NO_COVERAGE = "no-coverage";

    /** The CDS Hooks indicators a service card may have. */
    static final List<String> INDICATORS = List.of("info", "warning", "critical");

    /**
     * What the CDS service needs of these tables beyond rows that read: the row of each card it says itself
     * ({@code patient-view,no-coverage}) with an indicator, summary and detail. Without it a call with no coverage
     * could not be answered, so the service refuses such rules at start, and validate and the hot-reload gate
     * ({@code RuleCheck}) refuse them before they are installed: a reload that dropped the row used to install and
     * then fail every hook call with 500.
     *
     * @return one problem per missing row, at {@code rules/tables/fhir-cds-cards.csv}; empty when nothing is missing
     */
    public List<org.careweave.RuleProblem> serviceProblems() {
        if (serviceCard("patient-view", NO_COVERAGE).filter(r -> r.detail() != null
                && INDICATORS.contains(r.indicator())).isPresent()) {
            return List.of();
        }
        return List.of(new org.careweave.RuleProblem("rules/tables/fhir-cds-cards.csv", 0, "no row patient-view,"
                + NO_COVERAGE + " with indicator (info, warning or critical), summary and detail: the card "
                + "patient-view shows when the request has no coverage"));
    }

    /** Source of the card row of a hook and kind, catalogue ids read as titles ({@link #source}), or null. */
    public String cardSource(String hook, String kind) {
        Map<String, String> m = new LinkedHashMap<>();
        cdsCards.stream().filter(r -> r.hook().equals(hook)).forEach(r -> m.putIfAbsent(r.kind(), r.source()));
        return source(m.get(kind));
    }

    /** The row of a goal scale, if the table has it. */
    public Optional<Scale> scale(String scale) {
        return scales.stream().filter(r -> r.scale().equals(scale)).findFirst();
    }

    /** The row of a precaution kind, if the table has it. */
    public Optional<PrecautionCode> precaution(String kind) {
        return precautions.stream().filter(r -> r.kind().equals(kind)).findFirst();
    }

    /** The precaution kind of a standard coding (a row with that system and code), if any. */
    public Optional<String> precautionOfCoding(String systemUri, String code) {
        return precautions.stream().filter(r -> r.system() != null
                && FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code))
                .map(PrecautionCode::kind).findFirst();
    }

    /** The standard codings of a discharge-list value, in table order (empty when it has none). */
    public List<DischargeCode> dischargeCodes(String list, String value) {
        return dischargeCodes.stream().filter(r -> r.list().equals(list) && r.value().equals(value)).toList();
    }

    /** The value of a discharge list ({@code equipment}, ...) a standard coding stands for, if a row has it. */
    public Optional<String> dischargeValueOf(String list, String systemUri, String code) {
        return dischargeCodes.stream().filter(r -> r.list().equals(list)
                && FhirSystems.uri(r.system()).equals(systemUri) && r.code().equals(code))
                .map(DischargeCode::value).findFirst();
    }

    /** What a value of a closed list means in words ({@code vocabulary.csv}), or the value itself. */
    public String meaning(String list, String value) {
        return meanings.stream().filter(r -> r.list().equals(list) && r.value().equals(value))
                .map(Meaning::meaning).findFirst().orElse(value);
    }

    /** The patient.priorFunction field an Observation.code coding records, if the table has it. */
    public Optional<String> priorFunctionField(String systemUri, String code) {
        return priorFunction.stream().filter(r -> FhirSystems.uri(r.system()).equals(systemUri)
                && r.code().equals(code)).map(PriorFunctionItem::field).findFirst();
    }
}
