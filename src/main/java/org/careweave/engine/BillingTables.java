package org.careweave.engine;

/** The billing tables (edit pairs, thresholds, fees). Kept apart so billing work does not touch core types. */
final class BillingTables {

    private BillingTables() {}

    static void register(TableTypes.Registrar registrar) {
        // Billing tables are registered here, e.g. registrar.register("edit-pairs", EditPair.class);
    }
}
