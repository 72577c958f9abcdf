package org.careweave.internal.billing;

import java.util.List;

/** The queries (in the engine's queries.drl) through which billing conclusions are read. */
public final class BillingQueries {

    private BillingQueries() {}

    public static final List<String> NAMES = List.of("Line", "LineUnits", "LineModifier", "LineDenied", "LineNote",
            "LinePlace", "LineFee", "AssistantUnits", "ClaimDiagnosis");
}
