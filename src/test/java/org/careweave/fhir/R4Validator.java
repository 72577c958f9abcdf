package org.careweave.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import org.careweave.internal.fhir.Fhir;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * Tests only: HAPI FHIR's R4 instance validator (core StructureDefinitions, cardinalities, required bindings,
 * FHIRPath invariants; terminology in memory, so LOINC, SNOMED CT, CPT and careweave's code systems are unknown to
 * it and give warnings, not errors), built once (it takes a few seconds) and shared by the tests that use it.
 */
public final class R4Validator {

    private R4Validator() {}

    private static final class Holder {
        static final FhirValidator VALIDATOR = build();
    }

    private static FhirValidator build() {
        var ctx = Fhir.context();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        instance.setAnyExtensionsAllowed(true); // careweave's extensions are documented in docs/fhir.md
        return ctx.newValidator().registerValidatorModule(instance);
    }

    /** The validator's errors (and fatals) on a resource in JSON, each as "location: message"; empty when valid. */
    public static synchronized List<String> errors(String json) {
        List<String> out = new ArrayList<>();
        for (SingleValidationMessage m : Holder.VALIDATOR.validateWithResult(json).getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                out.add(m.getLocationString() + ": " + m.getMessage());
            }
        }
        return out;
    }
}
