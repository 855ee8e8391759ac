package org.camelsonar.simulator;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    @Test
    void concurrentUpsertsAndTextsKeepOneCustomerPerNumber() throws Exception {
        try (SonarSimulator sim = SonarSimulator.builder().build().start()) {
            SonarApi api = new SonarApi(sim);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String phone = "+1310555" + String.format("%04d", i % 10);
                    int n = i;
                    statuses.add(pool.submit(() -> {
                        if (n % 4 == 0) {
                            sim.inboundText(phone, "text " + n);
                            return 0;
                        }
                        return api.post("/v1/customers", "{\"phone_number\":\"" + phone + "\",\"properties\":{\"p"
                                + n + "\":\"" + n + "\"}}").status();
                    }));
                }
                int created = 0;
                for (Future<Integer> status : statuses) {
                    int code = status.get();
                    assertThat(code).isIn(0, 200, 201);
                    created += code == 201 ? 1 : 0;
                }
                assertThat(sim.customers()).hasSize(10);
                assertThat(created).isLessThanOrEqualTo(10);
                assertThat(sim.events().stream().filter(e -> e.action().equals(SonarEvents.CUSTOMER_CREATED)))
                        .hasSize(10);
                assertThat(sim.customers().stream().mapToInt(c -> c.properties().size()).sum()).isEqualTo(150);
                assertThat(sim.messages()).hasSize(50);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
