package org.careweave.internal.engine;

import org.careweave.fact.billing.ClaimForm;
import org.careweave.fact.billing.EditPair;
import org.careweave.fact.billing.EvaluationComplexity;
import org.careweave.fact.billing.Fee;
import org.careweave.fact.billing.FilingLimit;
import org.careweave.fact.billing.MdsUncountedMinutes;
import org.careweave.fact.billing.MedicallyUnlikelyEdit;
import org.careweave.fact.billing.PayerPolicy;
import org.careweave.fact.billing.PlaceOfService;
import org.careweave.fact.billing.PlanExemptCode;
import org.careweave.fact.billing.RevenueCode;
import org.careweave.fact.billing.Threshold;
import org.careweave.fact.billing.VisitCode;

/** The billing tables (payers, edit pairs, thresholds, fees, MUEs, claim forms, places of service, revenue and visit codes, MDS-uncounted minutes, evaluation complexity, codes a plan need not name). Kept apart so billing work does not touch core types. */
final class BillingTables {

    private BillingTables() {}

    static void register(TableTypes.Registrar registrar) {
        registrar.register("payers", PayerPolicy.class);
        registrar.register("edit-pairs", EditPair.class);
        registrar.register("thresholds", Threshold.class);
        registrar.register("fees", Fee.class);
        registrar.register("mue", MedicallyUnlikelyEdit.class);
        registrar.register("claim-forms", ClaimForm.class);
        registrar.register("places-of-service", PlaceOfService.class);
        registrar.register("revenue-codes", RevenueCode.class);
        registrar.register("visit-codes", VisitCode.class);
        registrar.register("mds-uncounted-minutes", MdsUncountedMinutes.class);
        registrar.register("evaluation-complexity", EvaluationComplexity.class);
        registrar.register("plan-exempt-codes", PlanExemptCode.class);
        registrar.register("filing-limits", FilingLimit.class);
    }
}
