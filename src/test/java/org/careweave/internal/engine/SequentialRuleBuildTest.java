package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.junit.jupiter.api.Test;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.ParallelRulesBuildThresholdOption;

/**
 * Every DRL build careweave runs builds a package's rules one after another: Drools' parallel rule build resolved a
 * sound file's fact types without its imports now and then (RuleSet#builderConfiguration), while an application's
 * own Drools builds keep Drools' default. Checked once by hand (stop 35): a broken copy's three builds (KieBuilder,
 * the one without the stopping operator, CompileErrors') left Drools' compiler pool with no thread; on main, one.
 */
class SequentialRuleBuildTest {

    private static int threshold(KnowledgeBuilderConfiguration conf) {
        return conf.getOption(ParallelRulesBuildThresholdOption.KEY).getParallelRulesBuildThreshold();
    }

    @Test
    void theKieBuildersLoaderReadsAThresholdOfMinusOne() {
        // the KieBuilder makes its configuration with the module's project class loader, a child of careweave's
        ProjectClassLoader module = ProjectClassLoader.createProjectClassLoader(RuleClassLoader.INSTANCE);
        assertEquals(-1, threshold(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(module)));
        assertEquals(-1, threshold(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleClassLoader.INSTANCE)));
    }

    @Test
    void careweavesOwnKnowledgeBuildersAreSequentialWhateverTheirLoader() {
        assertEquals(-1, threshold(RuleSet.builderConfiguration(null)));
        assertEquals(-1, threshold(RuleSet.builderConfiguration(RuleClassLoader.INSTANCE)));
    }

    @Test
    void anApplicationsOwnDroolsBuildsKeepDroolsDefault() {
        if (System.getProperty(ParallelRulesBuildThresholdOption.PROPERTY_NAME) != null) {
            return; // the application chose; nothing of careweave's to check
        }
        assertNotEquals(-1, threshold(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration()));
        assertNotEquals(-1, threshold(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(getClass().getClassLoader())));
    }

    @Test
    void theLoaderAnswersDroolsPropertiesWithCareweavesFileFirst() throws Exception {
        var found = java.util.Collections.list(RuleClassLoader.INSTANCE.getResources(RuleClassLoader.DROOLS_PROPERTIES));
        assertEquals(getClass().getClassLoader().getResource(RuleClassLoader.BUILD_PROPERTIES), found.get(0));
        assertEquals(java.util.Collections.list(getClass().getClassLoader().getResources(RuleClassLoader.DROOLS_PROPERTIES)),
                found.subList(1, found.size()));
    }
}
