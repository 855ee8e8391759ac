package org.camelsonar.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own until the process is stopped:
 * {@code java -jar camel-sonar-simulator-<version>-standalone.jar --port 8089 --token T} (the runnable jar the build
 * attaches, see docs/getting-started.md), or {@code mvn exec:java -Dexec.args="--port 8089 --token T"} in the module.
 * Options: --host, --port, --token, --publishable-key, --tag NAME (repeatable),
 * --campaign SLUG=TEXT (repeatable), --retry-scale X.
 */
public final class SonarSimulatorMain {

    private SonarSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SonarSimulatorBuilder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.println(usage());
            return;
        }
        SonarSimulator simulator = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "sonar-sim-shutdown"));
        System.out.println("Sonar simulator listening");
        System.out.println("  base URL:        " + simulator.baseUrl());
        System.out.println("  token:           " + simulator.token() + "   (header X-Token)");
        System.out.println("  publishable key: " + simulator.publishableKey() + "   (header X-Publishable-Key)");
        new CountDownLatch(1).await();
    }

    /** The builder the arguments describe, or {@code null} when help was asked for. */
    static SonarSimulatorBuilder parse(String... args) {
        SonarSimulatorBuilder builder = SonarSimulator.builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--host" -> builder.host(value);
                case "--port" -> builder.port(integer(option, value));
                case "--token" -> builder.token(value);
                case "--publishable-key" -> builder.publishableKey(value);
                case "--tag" -> builder.tags(value);
                case "--campaign" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--campaign wants SLUG=TEXT: " + value);
                    }
                    builder.campaign(value.substring(0, eq), value.substring(eq + 1));
                }
                case "--retry-scale" -> builder.retryScale(Double.parseDouble(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return builder;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants a number: " + value);
        }
    }

    static String usage() {
        return "usage: SonarSimulatorMain [--host 127.0.0.1] [--port 0] [--token test-token]"
                + " [--publishable-key test-publishable-key] [--tag NAME]... [--campaign SLUG=TEXT]..."
                + " [--retry-scale 1.0]";
    }
}
