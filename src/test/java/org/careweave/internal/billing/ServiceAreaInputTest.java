package org.careweave.internal.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careweave.InputException;
import org.careweave.io.CaseReader;
import org.junit.jupiter.api.Test;

/** The optional services[].area input is read strictly, with the JSON pointer of a bad value. */
class ServiceAreaInputTest {

    private static String caseWithArea(String area) {
        return "{\"caseId\":\"t\",\"setting\":\"outpatient\",\"visits\":[{\"date\":\"2026-03-02\",\"services\":["
                + "{\"discipline\":\"pt\",\"code\":\"97116\",\"minutes\":20,\"area\":" + area + "}]}]}";
    }

    @Test
    void aKnownAreaIsRead() {
        assertEquals("walk-150-feet",
                CaseReader.read(caseWithArea("\"walk-150-feet\"")).visits().get(0).services().get(0).area());
    }

    @Test
    void anUnknownAreaIsAnErrorAtItsPointer() {
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(caseWithArea("\"walking\"")));
        assertEquals("/visits/0/services/0/area", e.pointer());
        assertTrue(e.getMessage().startsWith("/visits/0/services/0/area: not a finding area in tables/areas.csv"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("walking"), "the value is not repeated: " + e.getMessage());
    }
}
