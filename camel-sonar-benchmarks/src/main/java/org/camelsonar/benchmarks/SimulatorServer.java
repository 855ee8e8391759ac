package org.camelsonar.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.camelsonar.simulator.SimulatedEvent;
import org.camelsonar.simulator.SonarSimulator;

/**
 * The simulator in a JVM of its own, so that its threads, CPU and heap are not counted against the client under
 * measurement. Driven over stdin, one command a line; answers one line each:
 * {@code latency <ms>}, {@code reset} (forget customers and recorded requests; keeps the latency),
 * {@code event} (the JSON of a fresh customer_created event, as webhooks receive it), {@code quit}.
 */
public final class SimulatorServer {

    static final String TOKEN = "bench-token";

    private SimulatorServer() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        SonarSimulator sim = SonarSimulator.builder().token(TOKEN).build().start();
        Duration latency = Duration.ZERO;
        System.out.println("READY " + sim.baseUrl());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int events = 0;
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.trim().split(" ");
            switch (parts[0]) {
                case "latency" -> {
                    latency = Duration.ofMillis(Long.parseLong(parts[1]));
                    sim.latency(latency);
                    System.out.println("OK");
                }
                case "reset" -> {
                    sim.reset();
                    sim.latency(latency);
                    System.out.println("OK");
                }
                case "event" -> {
                    events++;
                    sim.upsertCustomer(String.format("+1415555%04d", events), "Ann", "Lee",
                            "ann" + events + "@example.com");
                    List<SimulatedEvent> all = sim.events();
                    System.out.println("EVENT " + all.get(all.size() - 1).toJson());
                }
                case "quit" -> {
                    sim.close();
                    System.out.println("OK");
                    System.out.flush();
                    return;
                }
                default -> System.out.println("ERR unknown command " + parts[0]);
            }
            System.out.flush();
        }
        sim.close();
    }
}
