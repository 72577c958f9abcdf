package org.careweave.fhir;

import org.careweave.CarePlanner;
import org.careweave.internal.fhir.BundleWriter;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;

/**
 * Writes a plan as a FHIR R4 Bundle: a CarePlan with its Goals and ServiceRequests, DetectedIssues for alerts and
 * a Claim per date of service, coded with the mappings of the planner's rules (see {@code docs/fhir.md}). The
 * output is deterministic: the same case and plan give byte-identical JSON.
 */
public final class FhirPlanWriter {

    private FhirPlanWriter() {}

    /**
     * The plan of {@code c} as pretty-printed FHIR R4 Bundle JSON.
     *
     * @param c       the case the plan was made for (patient reference, dates)
     * @param plan    its plan, from {@link CarePlanner#plan(Case)}
     * @param planner the planner whose rules' FHIR mappings apply
     * @return the Bundle as JSON, {@code "\n"} line ends and a trailing newline
     * @throws org.careweave.RuleBuildException if one of the rules' {@code fhir-*.csv} tables is malformed
     */
    public static String json(Case c, CarePlan plan, CarePlanner planner) {
        return BundleWriter.json(c, plan, FhirCaseReader.mapping(planner));
    }
}
