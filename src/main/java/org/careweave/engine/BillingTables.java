package org.careweave.engine;

import org.careweave.fact.billing.EditPair;
import org.careweave.fact.billing.Fee;
import org.careweave.fact.billing.PayerPolicy;
import org.careweave.fact.billing.Threshold;

/** The billing tables (edit pairs, thresholds, fees). Kept apart so billing work does not touch core types. */
final class BillingTables {

    private BillingTables() {}

    static void register(TableTypes.Registrar registrar) {
        registrar.register("payers", PayerPolicy.class);
        registrar.register("edit-pairs", EditPair.class);
        registrar.register("thresholds", Threshold.class);
        registrar.register("fees", Fee.class);
    }
}
