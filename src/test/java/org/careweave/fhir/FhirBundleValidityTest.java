package org.careweave.fhir;

import static org.careweave.fhir.FhirCaseReaderTest.bundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.careweave.FhirInputException;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.FhirMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a bundle must keep to beyond what HAPI's parser checks, said as the JSON case reader says it (fresh-user
 * trial): a field given twice in one object, a year outside 1900-2199, a patient born after the plan's date. Each
 * is one problem at its resource, entry and FHIRPath, never quoting a value.
 */
class FhirBundleValidityTest {

    static FhirMapping map;

    @BeforeAll
    static void load() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
    }

    private static List<String> problems(String json, LocalDate asOfDefault) {
        FhirInputException e = assertThrows(FhirInputException.class,
                () -> BundleReader.read(json, map, null, asOfDefault));
        return e.problems().stream().map(Object::toString).toList();
    }

    private static final String DUPLICATE = ": malformed JSON at line 1, column %d: a field given twice in one object";

    /** Condition/c1 of Patient/p1: a stroke (I63.9) with its onsetDateTime to fill in. */
    private static final String STROKE_SINCE = "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"subject\":{"
            + "\"reference\":\"Patient/p1\"},\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\","
            + "\"code\":\"I63.9\"}]},\"onsetDateTime\":\"%s\"}";

    /** ServiceRequest/sr1 of Patient/p1: an active therapy order with its authoredOn to fill in. */
    private static final String ORDER_OF = "{\"resourceType\":\"ServiceRequest\",\"id\":\"sr1\",\"status\":\"active\","
            + "\"intent\":\"order\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"91251008\"}]},"
            + "\"subject\":{\"reference\":\"Patient/p1\"},\"authoredOn\":\"%s\"}";

    /** HAPI keeps the later of two birth dates without a word; the JSON reader refuses the same at /patient/birthDate. */
    @Test
    void aFieldGivenTwiceInAResourceIsRefusedAtItsFhirPath() {
        String json = bundle("{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1944-02-29\","
                + "\"birthDate\":\"1954-02-28\"}");
        int column = json.indexOf(",\"birthDate\":\"1954") + 2 + "\"birthDate\"".length();
        List<String> problems = problems(json, null);
        assertEquals(List.of("Patient (Bundle.entry[1]): Patient.birthDate" + DUPLICATE.formatted(column)),
                problems);
        assertFalse(problems.get(0).contains("1944") || problems.get(0).contains("1954"), "a value is quoted");
    }

    @Test
    void aFieldGivenTwiceDeeperOrInTheBundleItselfIsPlacedToo() {
        String nested = bundle("{\"resourceType\":\"Patient\",\"id\":\"p1\",\"identifier\":[{\"value\":\"a\"},"
                + "{\"value\":\"b\",\"value\":\"c\"}]}");
        assertEquals(List.of("Patient (Bundle.entry[1]): Patient.identifier[1].value"
                + DUPLICATE.formatted(nested.indexOf(",\"value\":\"c") + 2 + "\"value\"".length())),
                problems(nested, null));
        String shell = bundle().replace("\"type\":\"collection\",", "\"type\":\"collection\",\"type\":\"batch\",");
        assertEquals(List.of("Bundle.type"
                + DUPLICATE.formatted(shell.indexOf(",\"type\":\"batch") + 2 + "\"type\"".length())),
                problems(shell, null));
    }

    /** The JSON reader's year range; before, such a bundle failed later in the planner's checks (CLI exit 1). */
    @Test
    void aYearOutsideTheContractsRangeIsRefusedAtItsFhirPath() {
        assertEquals(List.of("Patient (Bundle.entry[1]): Patient.birthDate: year outside 1900-2199"),
                problems(bundle("{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1850-01-01\"}"), null));
    }

    /**
     * The bundle's timestamp is 2026-11-20 (FhirCaseReaderTest.bundle): a patient born the day after cannot be
     * planned for (a negative age changes the plan with no word why); born that day can.
     */
    @Test
    void aPatientBornAfterTheBundleTimestampIsRefused() {
        String born = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"%s\"}";
        List<String> problems = problems(bundle(born.formatted("2026-11-21")), null);
        assertEquals(List.of("Patient (Bundle.entry[1]): Patient.birthDate: after Bundle.timestamp, the date the"
                + " plan is made for: one of the two dates is wrong"), problems);
        assertFalse(problems.get(0).contains("2026"), "a date is quoted");
        assertEquals(LocalDate.of(2026, 11, 20),
                BundleReader.read(bundle(born.formatted("2026-11-20")), map, null, null).patient().birthDate());
        // no timestamp: the caller's "today" (the CDS service's) is the plan's date
        String untimed = bundle(born.formatted("2026-11-21")).replace("\"timestamp\":\"2026-11-20T08:00:00-05:00\",", "");
        assertEquals(List.of("Patient (Bundle.entry[1]): Patient.birthDate: after today, the date the plan is"
                + " made for: one of the two dates is wrong"), problems(untimed, LocalDate.of(2026, 11, 20)));
    }

    /**
     * A Condition's onset or a ServiceRequest's authoredOn before Patient.birthDate is refused as careweave JSON
     * refuses it (BirthDateOrderTest), each at its resource and FHIRPath in bundle order, naming neither date; the
     * birth date standing after them in the bundle changes nothing.
     */
    @Test
    void anOnsetOrAnOrderBeforeTheBirthDateIsRefusedAtEachFhirPath() {
        String patient = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1956-07-14\"}";
        List<String> problems = problems(bundle(STROKE_SINCE.formatted("1956-07-13"), ORDER_OF.formatted("1950-01-01"),
                patient), null);
        assertEquals(List.of(
                "Condition/c1 (Bundle.entry[1]): Condition.onsetDateTime: before the patient's birth date: one of the"
                        + " two dates is wrong",
                "ServiceRequest/sr1 (Bundle.entry[2]): ServiceRequest.authoredOn: before the patient's birth date: one"
                        + " of the two dates is wrong"), problems);
        assertFalse(String.join("", problems).matches(".*(1956|1950).*"), "a date is quoted");
        assertEquals(LocalDate.of(1956, 7, 14), BundleReader.read(bundle(STROKE_SINCE.formatted("1956-07-14"),
                ORDER_OF.formatted("1956-07-14"), patient), map, null, null).orders().get(0).date());
    }

    /**
     * The merge's fresh-user trial: the checks between dates are listed with the bundle's other problems, in bundle
     * order (old code said them only once every other problem was mended). A birth date after the timestamp, and
     * an onset before the birth date, each beside a resource careweave does not read.
     */
    @Test
    void dateProblemsAreListedWithTheOtherProblemsInBundleOrder() {
        String unread = "{\"resourceType\":\"Medication\",\"id\":\"m1\"}";
        String born = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"%s\"}";
        assertEquals(List.of("Patient (Bundle.entry[1]): Patient.birthDate: after Bundle.timestamp, the date the"
                        + " plan is made for: one of the two dates is wrong",
                "Medication/m1 (Bundle.entry[2]): Medication: careweave does not read Medication resources; leave"
                        + " them out of the bundle"),
                problems(bundle(born.formatted("2030-01-01"), unread), null));
        String condition = STROKE_SINCE.formatted("1956-07-13");
        assertEquals(List.of("Condition/c1 (Bundle.entry[1]): Condition.onsetDateTime: before the patient's birth"
                        + " date: one of the two dates is wrong",
                "Medication/m1 (Bundle.entry[2]): Medication: careweave does not read Medication resources; leave"
                        + " them out of the bundle"),
                problems(bundle(condition, unread, born.formatted("1956-07-14")), null));
    }

    /**
     * Fresh-user trial of int-27 (i11, i13): a Condition's onset, a ServiceRequest's authoredOn and a CarePlan's
     * period.start after Bundle.timestamp (2026-11-20) are refused as the JSON reader refuses them, each at its
     * FHIRPath in bundle order; a CarePlan started before the birth date too. Old code read all of these.
     */
    @Test
    void datesAfterTheTimestampAndAPlanOfCareBeforeBirthAreRefusedAtEachFhirPath() {
        String carePlan = "{\"resourceType\":\"CarePlan\",\"id\":\"cp1\",\"status\":\"active\",\"intent\":\"plan\","
                + "\"subject\":{\"reference\":\"Patient/p1\"},\"category\":[{\"coding\":[{\"system\":"
                + "\"http://careweave.org/fhir/CodeSystem/discipline\",\"code\":\"pt\"}]}],"
                + "\"period\":{\"start\":\"%s\"}}";
        String patient = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1990-05-05\"}";
        List<String> after = problems(bundle(STROKE_SINCE.formatted("2027-01-01"), ORDER_OF.formatted("2026-12-30"),
                carePlan.formatted("2027-03-01"), patient), null);
        String afterTimestamp = ": after Bundle.timestamp, the date the plan is made for: one of the two dates is wrong";
        assertEquals(List.of("Condition/c1 (Bundle.entry[1]): Condition.onsetDateTime" + afterTimestamp,
                "ServiceRequest/sr1 (Bundle.entry[2]): ServiceRequest.authoredOn" + afterTimestamp,
                "CarePlan/cp1 (Bundle.entry[3]): CarePlan.period.start" + afterTimestamp), after);
        assertFalse(String.join("", after).matches(".*(2027|2026-12).*"), "a date is quoted");
        assertEquals(List.of("CarePlan/cp1 (Bundle.entry[3]): CarePlan.period.start: before the patient's birth"
                + " date: one of the two dates is wrong"), problems(bundle(STROKE_SINCE.formatted("2026-10-30"),
                ORDER_OF.formatted("2026-11-01"), carePlan.formatted("1981-03-01"), patient), null));
        // on the timestamp is read
        assertEquals(LocalDate.of(2026, 11, 20), BundleReader.read(bundle(STROKE_SINCE.formatted("2026-11-20"),
                ORDER_OF.formatted("2026-11-20"), carePlan.formatted("2026-11-20"), patient), map, null, null)
                .plansOfCare().get(0).start());
    }

    /**
     * Int-27 sections 9-10, as the JSON reader (CaseReaderDatesAroundAsOfTest): a CarePlan's certification, progress
     * report and sending to the referrer after Bundle.timestamp (2026-11-20), a recertification and period.end before
     * its start, each at its FHIRPath in bundle order and said once; a certification before the start and an end
     * after the timestamp are read. No date is quoted.
     */
    @Test
    void aCarePlansOtherDatesAfterTheTimestampOrBeforeItsStartAreRefusedAtEachFhirPath() {
        String sd = "http://careweave.org/fhir/StructureDefinition/";
        String carePlan = "{\"resourceType\":\"CarePlan\",\"id\":\"cp1\",\"status\":\"active\",\"intent\":\"plan\","
                + "\"extension\":[{\"url\":\"" + sd + "plan-of-care-certified\",\"valueDate\":\"%s\"},"
                + "{\"url\":\"" + sd + "progress-report\",\"valueDate\":\"%s\"},"
                + "{\"url\":\"" + sd + "plan-of-care-sent-to-referrer\",\"valueDate\":\"%s\"},"
                + "{\"url\":\"" + sd + "plan-of-care-recertified\",\"valueDate\":\"%s\"}],"
                + "\"subject\":{\"reference\":\"Patient/p1\"},\"category\":[{\"coding\":[{\"system\":"
                + "\"http://careweave.org/fhir/CodeSystem/discipline\",\"code\":\"pt\"}]}],"
                + "\"period\":{\"start\":\"2026-11-01\",\"end\":\"%s\"}}";
        String patient = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1990-05-05\"}";
        List<String> problems = problems(bundle(patient, carePlan.formatted("2026-11-21", "2026-11-22",
                "2026-11-23", "1980-01-01", "2026-10-31")), null);
        String at = "CarePlan/cp1 (Bundle.entry[2]): CarePlan.";
        String afterTimestamp = ": after Bundle.timestamp, the date the plan is made for: one of the two dates is wrong";
        String beforeStart = ": before the plan of care's start: one of the two dates is wrong";
        assertEquals(List.of(
                at + "extension('" + sd + "plan-of-care-certified').value" + afterTimestamp,
                at + "extension('" + sd + "progress-report').value" + afterTimestamp,
                at + "extension('" + sd + "plan-of-care-sent-to-referrer').value" + afterTimestamp,
                at + "extension('" + sd + "plan-of-care-recertified').value" + beforeStart,
                at + "period.end" + beforeStart), problems);
        assertFalse(String.join("", problems).matches(".*(19|20)[0-9][0-9]-.*"), "a date is quoted");
        assertEquals(List.of(at + "extension('" + sd + "plan-of-care-certified').value: before the patient's birth"
                + " date: one of the two dates is wrong"), problems(bundle(patient, carePlan.formatted("1980-01-01",
                "2026-11-01", "2026-10-01", "2026-11-20", "2027-01-30")), null));
        org.careweave.model.PlanOfCare read = BundleReader.read(bundle(patient, carePlan.formatted("2026-10-28",
                "2026-11-20", "2026-10-30", "2026-11-20", "2027-01-30")), map, null, null).plansOfCare().get(0);
        assertEquals(LocalDate.of(2026, 10, 28), read.certified());
        assertEquals(LocalDate.of(2027, 1, 30), read.end());
    }

    /**
     * Int-27 section 10 (i14): an element name that is no FHIR R4 element nor a misspelling of one may be personal;
     * it is not quoted and its parent locates it. A misspelt element stays named.
     */
    @Test
    void anUnknownElementNameIsQuotedOnlyWhenItIsCloseToAnR4Element() {
        List<String> problems = problems(bundle("{\"resourceType\":\"Patient\",\"id\":\"p1\","
                + "\"birthDate\":\"1960-01-01\",\"JaneSmith\":1,\"Jane Smith 123-45-6789\":2,\"genderr\":\"x\"}"), null);
        assertEquals(List.of("Patient (Bundle.entry[1]): Patient: unknown element",
                "Patient (Bundle.entry[1]): Patient: unknown element",
                "Patient (Bundle.entry[1]): Patient.genderr: unknown element 'genderr'"), problems);
        assertFalse(String.join("", problems).contains("Jane"), "a key is quoted");
    }
}
