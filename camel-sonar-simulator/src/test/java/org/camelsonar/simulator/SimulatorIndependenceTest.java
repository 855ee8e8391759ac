package org.camelsonar.simulator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The simulator is a second, independent reading of Sonar's API: if it reused the component's model or client, a
 * wrong wire name would be mirrored on both sides and every test would still pass.
 */
@AnalyzeClasses(packages = "org.camelsonar.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class SimulatorIndependenceTest {

    @ArchTest
    static final ArchRule usesNothingOfCamelSonar = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.camelsonar.component..");

    @ArchTest
    static final ArchRule usesNoCamel = noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.camel..");
}
