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
     * @throws FhirInputException naming every resource and FHIRPath element that cannot be read or mapped
     */
    public static Case read(Path bundle, CarePlanner planner) throws IOException {
        return read(org.careweave.internal.fhir.FhirIo.text(bundle), planner, null, null);
    }

    static FhirMapping mapping(CarePlanner planner) {
        return FhirMapping.of(Planner.of(planner).rules().source());
    }
}
