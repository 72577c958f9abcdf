package org.careweave.internal.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * The one R4 {@link FhirContext} of the process, created on first use (about a second: it scans the model
 * classes), so nothing that does not touch FHIR pays for it. A FhirContext is thread-safe; parsers are cheap
 * and not thread-safe, so each call gets its own.
 */
public final class Fhir {

    private Fhir() {}

    /** Initialisation-on-demand holder: the context is built when {@link #context()} is first called. */
    private static final class Holder {
        static final FhirContext R4 = FhirContext.forR4();
    }

    /** The shared R4 context. */
    public static FhirContext context() {
        return Holder.R4;
    }

    /** A JSON parser that rejects unknown elements and wrong types instead of skipping them. */
    public static IParser strictJson() {
        return context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /** A pretty-printing JSON writer (output order is HAPI's element order, so equal resources give equal text). */
    public static IParser prettyJson() {
        return context().newJsonParser().setPrettyPrint(true);
    }
}
