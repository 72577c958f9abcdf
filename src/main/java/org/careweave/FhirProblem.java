package org.careweave;

/**
 * One thing in a FHIR Bundle careweave cannot map: which resource ({@code Observation/obs-7}, or the entry when it
 * has no id), where in the bundle ({@code Bundle.entry[3]}), the FHIRPath of the element inside the resource
 * ({@code Observation.valueCodeableConcept}) and why. Messages never repeat personal values (dates of birth,
 * diagnosis codes, answers); codes from public code systems that are not about the patient (LOINC item codes) may.
 *
 * @param resource the resource, e.g. {@code Observation/obs-7}
 * @param entry    where in the bundle, e.g. {@code Bundle.entry[3]}
 * @param path     FHIRPath of the element inside the resource, e.g. {@code Observation.valueCodeableConcept}
 * @param message  what is wrong, in words
 */
public record FhirProblem(String resource, String entry, String path, String message) {

    /**
     * {@code <resource> (<entry>): <path>: <message>}; a problem of the document itself (the bundle, or a CDS Hooks
     * prefetch value), whose resource and entry are the document's name, is {@code <path>: <message>}
     * ({@code Bundle.identifier.value: ...}, not {@code Bundle (Bundle): Bundle.identifier.value: ...}): its
     * FHIRPath already says where, as an entry's problem says it after the resource.
     */
    @Override
    public String toString() {
        return (resource.equals(entry) ? "" : resource + " (" + entry + "): ") + path + ": " + message;
    }
}
