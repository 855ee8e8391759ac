package org.camelsonar.live;

import java.io.PrintStream;
import java.time.Duration;

import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.simulator.SonarSimulator;

/**
 * Where the run goes: Sonar itself (sandbox or production, from the settings), or an embedded simulator seeded
 * with what the live settings name (a team member, a campaign, a tag), whose inbox plays the tester's part.
 */
final class LiveTarget implements AutoCloseable {

    static final String SIM_PHONE = "+13105550142";
    static final String SIM_USER = "agent@example.com";
    static final String SIM_CAMPAIGN = "camel_sonar_live";
    static final String SIM_TAG = "camel-sonar-live";

    private final LiveSettings settings;
    private final SonarSimulator simulator;
    private boolean webhooks;

    private LiveTarget(LiveSettings settings, SonarSimulator simulator) {
        this.settings = settings;
        this.simulator = simulator;
        this.webhooks = simulator != null || settings.webhookUrl() != null;
    }

    static LiveTarget open(LiveSettings settings) {
        if (!settings.simulator()) {
            return new LiveTarget(settings, null);
        }
        SonarSimulator simulator = SonarSimulator.builder().token("live-check-token")
                .publishableKey("live-check-publishable-key").retryScale(0.001).tags(SIM_TAG)
                .campaign(SIM_CAMPAIGN, "camel-sonar live check: a campaign scheduled for later").build().start();
        simulator.createUser(SIM_USER, "Alex", "Agent");
        // absence (nothing sent at once) is awaited for the whole wait: a few seconds suffice on one machine
        LiveSettings simulated = settings.withPhone(SIM_PHONE).with(simulator.token(), simulator.publishableKey(),
                null, SIM_USER, SIM_CAMPAIGN, SIM_TAG, Duration.ofSeconds(3));
        return new LiveTarget(simulated, simulator);
    }

    LiveSettings settings() {
        return settings;
    }

    /** The embedded simulator, for tests that inject Sonar's behaviour; null against Sonar. */
    SonarSimulator simulator() {
        return simulator;
    }

    /** Whether a webhook listener runs: always with the simulator, with Sonar when SONAR_WEBHOOK_URL is set. */
    boolean webhooks() {
        return webhooks;
    }

    /** A run as without SONAR_WEBHOOK_URL, for the simulator (a test of the rows that then stay inconclusive). */
    LiveTarget withoutWebhooks() {
        webhooks = false;
        return this;
    }

    boolean simulated() {
        return simulator != null;
    }

    /** "the simulator at ..." or the Sonar host, for the report. */
    String describe(SonarComponent sonar) {
        return (simulated() ? "the embedded simulator at " : "Sonar at ") + sonar.getConfiguration().resolveBaseUrl();
    }

    void configure(SonarComponent sonar) {
        sonar.getConfiguration().setToken(settings.token());
        sonar.getConfiguration().setPublishableKey(settings.publishableKey());
        if (simulated()) {
            sonar.getConfiguration().setBaseUrl(simulator.baseUrl());
        } else {
            sonar.getConfiguration().setSandbox(settings.sandbox());
        }
    }

    TesterActions tester(PrintStream out) {
        if (simulated()) {
            return (phone, sonarNumber) -> {
                simulator.inboundText(phone, "Hello from the tester");
                simulator.doubleOptIn(phone);
            };
        }
        return (phone, sonarNumber) -> out.println("\n>>> Now, within " + settings.waitTime().toSeconds() + " s: text"
                + " anything from " + phone + " to " + (sonarNumber != null ? sonarNumber : "your Sonar number")
                + ", and complete a double opt-in if your account uses one. The run waits for the deliveries.\n");
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
