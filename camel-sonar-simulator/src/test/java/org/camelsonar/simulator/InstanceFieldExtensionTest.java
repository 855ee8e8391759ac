package org.camelsonar.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Registered on an instance field, the extension gives each test a simulator of its own. */
class InstanceFieldExtensionTest {

    private static final Set<SonarSimulator> SEEN = new HashSet<>();

    @RegisterExtension
    SonarSimulatorExtension sonar = SonarSimulatorExtension.create();

    @Test
    void first(SonarSimulator sim) {
        SEEN.add(sim);
        assertThat(new SonarApi(sim).get("/v1/webhooks").status()).isEqualTo(200);
    }

    @Test
    void second(SonarSimulator sim) {
        SEEN.add(sim);
        assertThat(new SonarApi(sim).get("/v1/webhooks").status()).isEqualTo(200);
    }

    @AfterAll
    static void eachTestHadItsOwnAndAllAreStopped() {
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN).allSatisfy(sim -> assertThat(sim.requests()).isEmpty());
    }
}
