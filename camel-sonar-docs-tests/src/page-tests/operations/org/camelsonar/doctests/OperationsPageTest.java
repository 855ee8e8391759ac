package org.camelsonar.doctests;

import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every YAML route of docs/operations.md, taken from the page into camel/operations.yaml, loaded by Camel Main with
 * the dependencies of getting-started.md and camel-main.md (as the page says) and started against the simulator:
 * a step, option or expression that needs something the lists lack fails here.
 */
class OperationsPageTest {

    @Test
    void everyYamlRouteOfThePageStarts() throws Exception {
        try (SonarSimulator sonar = SonarSimulator.builder().build().start()) {
            Main main = DocMain.against(sonar);
            main.addOverrideProperty("camel.component.sonar.publishable-key", sonar.publishableKey());
            main.start();
            try {
                assertEquals(11, main.getCamelContext().getRoutes().size(), "one route per YAML block");
                main.getCamelContext().getRoutes().forEach(route -> assertEquals(ServiceStatus.Started,
                        main.getCamelContext().getRouteController().getRouteStatus(route.getRouteId()),
                        route.getRouteId()));
            } finally {
                main.stop();
            }
        }
    }
}
