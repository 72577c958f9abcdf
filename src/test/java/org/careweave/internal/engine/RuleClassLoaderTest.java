package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The rules' class loader answers misses in packages the class path does not have without searching it, and
 * otherwise answers exactly as careweave's own loader does.
 */
class RuleClassLoaderTest {

    private final RuleClassLoader loader = RuleClassLoader.INSTANCE;

    @Test
    void classesOfTheClassPathAndTheJdkAreTheSameClasses() throws Exception {
        for (String name : new String[] {"org.careweave.fact.Need", "org.careweave.fact.billing.BillingMath",
                "java.time.LocalDate", "org.kie.api.runtime.KieSession", "com.fasterxml.jackson.databind.JsonNode"}) {
            assertEquals(Class.forName(name, false, getClass().getClassLoader()), loader.loadClass(name), name);
        }
    }

    @Test
    void aClassThatIsNotThereIsNotFoundWhetherItsPackageExistsOrNot() {
        // the identifiers MVEL tries in wildcard imports, and the classes Drools is about to generate
        for (String name : new String[] {"org.careweave.fact.area", "careweave.billing.Integer", "area",
                "careweave.plan.Rule_A_goal123", "java.lang.area", "org.careweave.fact$medicareStatus"}) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass(name), name);
        }
    }

    @Test
    void resourcesAreFoundAsByCareweavesLoaderAndMissesAreNull() {
        assertNotNull(loader.getResource("org/careweave/fact/Need.class"));
        assertNotNull(loader.getResource("java/lang/String.class"));
        assertNull(loader.getResource("careweave/billing/Rule_A_line1.class"));
        assertNull(loader.getResource("org/careweave/fact/area.class"));
        // not a class: always asked of careweave's loader
        assertNotNull(loader.getResource("org/careweave/internal/engine/queries.drl"));
        assertEquals(getClass().getClassLoader().getResource("org/careweave/internal/engine/queries.drl"),
                loader.getResource("org/careweave/internal/engine/queries.drl"));
    }
}
