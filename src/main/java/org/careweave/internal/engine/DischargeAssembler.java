package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.careweave.PlanningException;
import org.careweave.fact.DischargeEquipment;
import org.careweave.fact.DischargeReferral;
import org.careweave.fact.DischargeSetting;
import org.careweave.fact.HomeProgram;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.Reason;

/** The discharge part of a plan (PlanAssembler): it decides nothing, it sorts and checks the rules agree. */
final class DischargeAssembler {

    private DischargeAssembler() {}

    /**
     * The discharge plan, or null when no rule planned any part of it. Equipment: one entry per item (the first
     * discipline in discipline order recommends it); the rules must agree on one setting.
     */
    static DischargePlan discharge(Conclusions c) {
        List<DischargeSetting> settings = c.all(DischargeSetting.class);
        List<DischargeEquipment> equipment = c.all(DischargeEquipment.class);
        List<HomeProgram> programme = c.all(HomeProgram.class);
        List<DischargeReferral> referrals = c.all(DischargeReferral.class);
        if (settings.isEmpty() && equipment.isEmpty() && programme.isEmpty() && referrals.isEmpty()) {
            return null;
        }
        return new DischargePlan(setting(c, settings), reasons(c, settings), equipment(c, equipment),
                homeProgram(c, programme), referrals(c, referrals));
    }

    /** The one discharge setting the rules concluded (null: none, or "to be decided"); two fail the plan. */
    private static String setting(Conclusions c, List<DischargeSetting> settings) {
        // a null setting is a decision too ("to be decided", with its reason), so it may not sit beside another
        List<String> distinct = new ArrayList<>(1);
        for (DischargeSetting s : settings) {
            Ordered.addDistinct(distinct, s.setting());
        }
        if (distinct.size() > 1) {
            List<String> each = new ArrayList<>(settings.size());
            for (DischargeSetting s : settings) {
                each.add((s.setting() == null ? "to be decided" : s.setting()) + " (" + c.reason(s).rule() + ")");
            }
            throw new PlanningException("two discharge settings: " + String.join(", ", Ordered.sortDistinct(each)));
        }
        return distinct.isEmpty() ? null : distinct.get(0);
    }

    private static List<Reason> reasons(Conclusions c, List<?> facts) {
        List<Reason> out = new ArrayList<>(facts.size());
        for (Object f : facts) {
            out.add(c.reason(f));
        }
        return Ordered.sortDistinct(out);
    }

    /** One entry per item, in item order: the first in (discipline order, reason) recommends it. */
    private static List<DischargePlan.Equipment> equipment(Conclusions c, List<DischargeEquipment> equipment) {
        List<DischargeEquipment> sorted = new ArrayList<>(equipment);
        for (DischargeEquipment e : sorted) {
            Objects.requireNonNull(e.item());
        }
        sorted.sort((a, b) -> {
            int r = a.item().compareTo(b.item());
            if (r == 0) {
                r = Ordered.compareDisciplines(a.discipline(), b.discipline());
            }
            return r != 0 ? r : a.because().compareTo(b.because());
        });
        List<DischargePlan.Equipment> out = new ArrayList<>(sorted.size());
        String item = null;
        for (DischargeEquipment e : sorted) {
            if (!e.item().equals(item)) {
                item = e.item();
                out.add(new DischargePlan.Equipment(e.item(), e.because(), e.discipline(), c.reason(e).rule(),
                        c.cite(e.source())));
            }
        }
        return out;
    }

    private static List<DischargePlan.HomeProgramEntry> homeProgram(Conclusions c, List<HomeProgram> programme) {
        List<HomeProgram> sorted = Ordered.sortDistinct(new ArrayList<>(programme), (a, b) -> {
            int r = Ordered.compareDisciplines(a.discipline(), b.discipline());
            return r != 0 ? r : a.text().compareTo(b.text());
        });
        List<DischargePlan.HomeProgramEntry> out = new ArrayList<>(sorted.size());
        for (HomeProgram h : sorted) {
            out.add(new DischargePlan.HomeProgramEntry(h.discipline(), h.text(), c.reason(h).rule(), c.cite(h.source())));
        }
        return out;
    }

    private static List<DischargePlan.ReferralItem> referrals(Conclusions c, List<DischargeReferral> referrals) {
        List<DischargeReferral> sorted = Ordered.sortDistinct(new ArrayList<>(referrals), (a, b) -> {
            int r = a.to().compareTo(b.to());
            return r != 0 ? r : a.because().compareTo(b.because());
        });
        List<DischargePlan.ReferralItem> out = new ArrayList<>(sorted.size());
        for (DischargeReferral r : sorted) {
            out.add(new DischargePlan.ReferralItem(r.to(), r.because(), c.reason(r).rule(), c.cite(r.source())));
        }
        return out;
    }
}
