package org.careweave.internal.billing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.careweave.TestRules;
import org.careweave.model.Case;
import org.careweave.model.Service;
import org.careweave.model.Visit;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;

/**
 * The order a visit lists its services in is no part of what is billed (fresh-user trial 25: 97012 and 97110 both
 * started at 09:00 gave 97110 one unit listed after 97012 and two listed before it). Random cases (the generator of
 * {@link BillingPropertiesTest}: payers, codes timed and untimed, minutes, start times, co-treatment, assistants,
 * group sessions) planned as given and with each visit's services shuffled give the same claim lines: codes,
 * minutes, units, modifiers and dollars. Only the lines' reasons may differ, since they name services by pointer.
 * A discipline may co-treat with several codes on a date: which of them gives the other discipline's share was the
 * listing order until the co-treatment rule took them in code order (fresh-user trial int-26, finding 13).
 */
class ServiceOrderPropertyTest {

    /** A case and the same case with each visit's services in another order. */
    record Pair(Case given, Case shuffled) {}

    @Provide
    Arbitrary<Pair> pairs() {
        return Combinators.combine(Arbitraries.randomValue(BillingPropertiesTest::randomCase), Arbitraries.longs())
                .as((c, seed) -> new Pair(c, shuffled(c, new Random(seed))));
    }

    private static Case withVisits(Case c, List<Visit> visits) {
        return new Case(c.caseId(), c.asOf(), c.patient(), c.setting(), c.payer(), c.conditions(), c.findings(),
                c.home(), c.goals(), c.orders(), visits, c.plansOfCare(), c.billing(), c.precautions());
    }

    private static Case shuffled(Case c, Random r) {
        List<Visit> visits = new ArrayList<>();
        for (Visit v : c.visits()) {
            List<Service> services = new ArrayList<>(v.services());
            Collections.shuffle(services, r);
            visits.add(new Visit(v.date(), services));
        }
        return withVisits(c, visits);
    }

    /** What a claim line bills: everything but its reasons. */
    private static List<List<String>> billed(CarePlan plan) {
        List<List<String>> out = new ArrayList<>();
        for (ClaimDate d : plan.claims()) {
            for (ClaimLine l : d.lines()) {
                out.add(List.of(d.date().toString(), l.discipline(), l.code(), "minutes " + l.minutes(),
                        "delivered " + l.deliveredMinutes(), "units " + l.units(), String.valueOf(l.modifiers()),
                        String.valueOf(l.placeOfService()), String.valueOf(l.revenueCode()),
                        String.valueOf(l.diagnoses()), String.valueOf(l.charge())));
            }
        }
        return out;
    }

    @Property(tries = 2_000)
    void shufflingAVisitsServicesNeverChangesTheClaim(@ForAll("pairs") Pair p) {
        List<List<String>> given = billed(TestRules.planner().plan(p.given()));
        List<List<String>> shuffled = billed(TestRules.planner().plan(p.shuffled()));
        if (!given.equals(shuffled)) {
            throw new AssertionError("claims differ with the services reordered\n  given:    " + given
                    + "\n  shuffled: " + shuffled + "\n  case: " + p.given().visits() + "\n  reordered: "
                    + p.shuffled().visits());
        }
    }
}
