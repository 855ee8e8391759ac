package org.camelsonar.component.sonar;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The directions the component's packages keep (CONTRIBUTING.md draws them): the Camel wiring and public API on top;
 * the webhook registration, the operation table and the webhook delivery below it; then the Sonar HTTP client and
 * the model; the exceptions, phone numbers and the model know nothing of ours. A change that breaks one fails here, with the offending
 * dependency named. The simulator's independence is checked in its own module (SimulatorIndependenceTest).
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.camelsonar.component.sonar";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Wiring").definedBy(ROOT)
            .layer("Operations").definedBy(ROOT + ".operation..")
            .layer("Registration").definedBy(ROOT + ".registration..")
            .layer("Delivery").definedBy(ROOT + ".webhook..")
            .layer("Health").definedBy(ROOT + ".health..")
            .layer("Errors").definedBy(ROOT + ".error..")
            .layer("Client").definedBy(ROOT + ".client..")
            .layer("Phone").definedBy(ROOT + ".phone..")
            .layer("Model").definedBy(ROOT + ".model..")
            .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
            .whereLayer("Operations").mayOnlyAccessLayers("Errors", "Client", "Phone", "Model")
            .whereLayer("Registration").mayOnlyAccessLayers("Operations", "Health", "Errors", "Client")
            .whereLayer("Delivery").mayOnlyAccessLayers("Client", "Model")
            .whereLayer("Health").mayOnlyAccessLayers("Errors")
            .whereLayer("Errors").mayNotAccessAnyLayer()
            .whereLayer("Client").mayOnlyAccessLayers("Model")
            .whereLayer("Phone").mayNotAccessAnyLayer()
            .whereLayer("Model").mayNotAccessAnyLayer();

    /** Every package, the root included, in a graph without cycles. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return javaClass.getPackageName().startsWith(ROOT)
                    ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of camel-sonar";
        }
    }).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule clientAndModelKnowNothingOfCamel = noClasses().that()
            .resideInAnyPackage(ROOT + ".client..", ROOT + ".model..", ROOT + ".phone..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.camel..");
}
