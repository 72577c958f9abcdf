package org.careweave.billing;

import java.util.List;
import org.careweave.engine.Conclusions;
import org.careweave.plan.ClaimDate;

/** Reads the billing rules' conclusions into claim lines grouped by date. */
public final class ClaimAssembler {

    private ClaimAssembler() {}

    public static List<ClaimDate> claims(Conclusions c) {
        return List.of();
    }
}
