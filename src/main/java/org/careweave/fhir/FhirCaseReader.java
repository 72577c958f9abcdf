package org.careweave.fhir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.careweave.CarePlanner;
import org.careweave.FhirInputException;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.model.Case;

/**
 * Reads a FHIR R4 Bundle (Patient, Condition, Observation, Goal, ServiceRequest, CarePlan, Procedure, Coverage,
 * Encounter) into a careweave {@link Case}, with the code mappings of a planner's rules (the
 * {@code rules/tables/fhir-*.csv} tables; see {@code docs/fhir.md}). HAPI's strict parser reads the JSON: unknown
 * elements and wrong types are errors. Every problem is reported, not only the first.
 */
public final class FhirCaseReader {

    /**
     * Largest bundle, in bytes of UTF-8 JSON (8 MiB). The bundled examples of one episode are 10-25 KB; a case at
     * every item limit of {@link org.careweave.io.CaseReader} (2,000 services, 500 conditions, findings, goals of
     * 1,000 characters and orders) is 3.1 MB as pretty-printed FHIR, so any case careweave JSON allows fits with room
     * for the context resources an EHR adds. A larger bundle is refused at {@code Bundle} before it is parsed (a
     * file before it is read whole), so memory stays bounded whatever is given.
     */
    public static final int MAX_BUNDLE_BYTES = 8 << 20;

    private FhirCaseReader() {}

    /**
     * Parses bundle JSON and reads the case.
     *
     * @param json          a FHIR R4 Bundle as JSON
     * @param planner       the planner whose rules' FHIR mappings apply (and whose vocabularies the case must use)
     * @param caseIdDefault case id when the bundle has neither identifier nor id (may be null)
     * @param asOfDefault   "today" when the bundle has no timestamp (may be null)
     * @return the case, ready for {@link CarePlanner#plan(Case)}
     * @throws FhirInputException naming every resource and FHIRPath element that cannot be read or mapped
     * @throws org.careweave.RuleBuildException if one of the rules' {@code fhir-*.csv} tables is malformed
     */
    public static Case read(String json, CarePlanner planner, String caseIdDefault, LocalDate asOfDefault) {
        return BundleReader.read(json, mapping(planner), caseIdDefault, asOfDefault);
    }

    /**
     * Reads a FHIR R4 Bundle file (UTF-8 JSON).
     *
     * @param bundle  the file
     * @param planner the planner whose rules' FHIR mappings apply
     * @return the case
     * @throws IOException        if the file cannot be read
     * @throws FhirInputException naming every resource and FHIRPath element that cannot be read or mapped; at
     *                            {@code Bundle} for a file over {@link #MAX_BUNDLE_BYTES}, read no further (at the
     *                            FHIRPath of the string that makes it so, when one string over 1 MiB does)
     */
    public static Case read(Path bundle, CarePlanner planner) throws IOException {
        return read(org.careweave.internal.fhir.FhirIo.text(bundle), planner, null, null);
    }

    static FhirMapping mapping(CarePlanner planner) {
        return FhirMapping.of(Planner.of(planner).rules().source());
    }
}
