package org.careweave.cds;

import java.util.regex.Pattern;
import org.careweave.FhirProblem;

/**
 * Where in a CDS Hooks request a FHIR problem is, said once as a FHIRPath-like location over the request's JSON:
 * {@code prefetch.patient.birthDate}, {@code prefetch.conditions.entry[2].resource.code},
 * {@code prefetch.coverage} (the whole value), {@code context.draftOrders.entry[0].resource.status}. It is both the
 * issue's {@code expression} and the start of its {@code diagnostics}, so a client's developer can find the element
 * in the request they sent; the resource's own FHIRPath ({@code Patient.birthDate}) would not say which prefetch key
 * holds it, and careweave's internal bundle numbering would mislead.
 */
final class RequestPlaces {

    /** The entry of a searchset in the request, {@code prefetch.goals.entry[3]}: its resource is under "resource". */
    private static final Pattern ENTRY = Pattern.compile(".*\\.entry\\[\\d+]");

    private RequestPlaces() {}

    /**
     * The location of a problem whose {@code entry} is already the request's place (a prefetch key or
     * {@code context.draftOrders}, with the searchset entry when there is one) and whose {@code path} is the FHIRPath
     * inside the resource ({@code Condition.code}), inside the Bundle ({@code Bundle.entry[0].fullUrl}), or already
     * the full location. A problem of the prefetch as a whole (careweave's bundle itself: two Encounters giving
     * different settings) is at {@code prefetch}.
     */
    static String of(FhirProblem p) {
        String entry = p.entry() == null ? "" : p.entry();
        String path = p.path() == null ? "" : p.path();
        if (!entry.startsWith("prefetch.") && !entry.startsWith("context.")) {
            return "prefetch";
        }
        if (within(path, entry)) {
            return path;
        }
        String base = ENTRY.matcher(entry).matches() ? entry + ".resource" : entry;
        int end = firstStep(path);
        return base + path.substring(end);
    }

    /** Whether {@code path} is {@code place} or inside it. */
    private static boolean within(String path, String place) {
        return path.startsWith(place) && (path.length() == place.length() || path.charAt(place.length()) == '.'
                || path.charAt(place.length()) == '[');
    }

    /** The end of a FHIRPath's first step, the type it starts from ({@code Patient} of {@code Patient.birthDate}). */
    private static int firstStep(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                return i;
            }
        }
        return path.length();
    }
}
