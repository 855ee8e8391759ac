package org.camelsonar.component.sonar;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The directions the component's packages keep: the model knows nothing of ours, the HTTP client knows the model
 * only and nothing of Camel, phone-number handling stands alone. A change that breaks one fails here, with the
 * offending dependency named.
 */
@AnalyzeClasses(packages = "org.camelsonar.component.sonar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String WIRING = "org.camelsonar.component.sonar";
    private static final String CLIENT = "org.camelsonar.component.sonar.client..";
    private static final String MODEL = "org.camelsonar.component.sonar.model..";
    private static final String PHONE = "org.camelsonar.component.sonar.phone..";
    private static final String WEBHOOK = "org.camelsonar.component.sonar.webhook..";
    private static final String HEALTH = "org.camelsonar.component.sonar.health..";

    @ArchTest
    static final ArchRule modelImportsNothingOfOurs = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(WIRING, CLIENT, PHONE, WEBHOOK, HEALTH);

    @ArchTest
    static final ArchRule clientKnowsTheModelOnly = noClasses().that().resideInAPackage(CLIENT)
            .should().dependOnClassesThat().resideInAnyPackage(WIRING, PHONE, WEBHOOK, HEALTH);

    @ArchTest
    static final ArchRule clientKnowsNothingOfCamel = noClasses().that().resideInAPackage(CLIENT)
            .should().dependOnClassesThat().resideInAPackage("org.apache.camel..");

    @ArchTest
    static final ArchRule phoneNumbersStandAlone = noClasses().that().resideInAPackage(PHONE)
            .should().dependOnClassesThat().resideInAnyPackage(WIRING, CLIENT, MODEL, WEBHOOK, HEALTH);
}
