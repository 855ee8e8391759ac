package org.camelsonar.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SonarSimulatorExtension.class)
class ExtendWithDefaultsTest {

    @Test
    void defaultSettings(SonarSimulator sim) {
        assertThat(sim.token()).isEqualTo("test-token");
        assertThat(sim.publishableKey()).isEqualTo("test-publishable-key");
        assertThat(new SonarApi(sim).post("/v1/customers", "{\"phone_number\":\"+13105550001\"}").status())
                .isEqualTo(201);
    }
}
