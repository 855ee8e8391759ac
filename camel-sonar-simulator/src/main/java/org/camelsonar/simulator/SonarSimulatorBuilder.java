package org.camelsonar.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Configures a {@link SonarSimulator}. Every setting has a default good for tests: 127.0.0.1 on a free port,
 * token {@code test-token}, publishable key {@code test-publishable-key}, Sonar's real retry schedule
 * (scale 1.0), the 7-second duplicate window and the system clock.
 * Tags and campaigns declared here are seeds: they exist from the start and again after every reset.
 */
public final class SonarSimulatorBuilder {

    String host = "127.0.0.1";
    int port;
    String token = "test-token";
    String publishableKey = "test-publishable-key";
    double retryScale = 1.0;
    Duration duplicateWindow = Duration.ofSeconds(7);
    Duration deliveryTimeout = Duration.ofSeconds(10);
    Clock clock = Clock.systemDefaultZone();
    String sonarNumber = "+13105550199";
    String companyName = "Simulated Company";
    final Set<String> tags = new LinkedHashSet<>();
    final Map<String, String> campaigns = new LinkedHashMap<>();

    SonarSimulatorBuilder() {
    }

    /** The interface to bind; 127.0.0.1 by default ("0.0.0.0" to reach it from a container). */
    public SonarSimulatorBuilder host(String value) {
        this.host = Objects.requireNonNull(value, "host");
        return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public SonarSimulatorBuilder port(int value) {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException("port out of range: " + value);
        }
        this.port = value;
        return this;
    }

    /** The private token clients must send as {@code X-Token}. */
    public SonarSimulatorBuilder token(String value) {
        this.token = requireText(value, "token");
        return this;
    }

    /** The publishable key {@code GET /v1/phone_numbers/available} wants as {@code X-Publishable-Key}. */
    public SonarSimulatorBuilder publishableKey(String value) {
        this.publishableKey = requireText(value, "publishableKey");
        return this;
    }

    /** Multiplies Sonar's webhook retry delays (10 s, 30 s, 3 min, 30 min); 0.001 makes them 10 ms ... 1.8 s. */
    public SonarSimulatorBuilder retryScale(double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("retryScale must be a finite number >= 0: " + value);
        }
        this.retryScale = value;
        return this;
    }

    /** How long an identical text to the same number is suppressed; Sonar's is 7 s, {@code Duration.ZERO} disables. */
    public SonarSimulatorBuilder duplicateWindow(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("duplicateWindow must not be negative");
        }
        this.duplicateWindow = value;
        return this;
    }

    /** How long one webhook delivery attempt may take before it counts as failed (Sonar's is undocumented). */
    public SonarSimulatorBuilder deliveryTimeout(Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("deliveryTimeout must be positive");
        }
        this.deliveryTimeout = value;
        return this;
    }

    /** The clock behind timestamps, the duplicate window and {@code send_at}; see {@link ManualClock}. */
    public SonarSimulatorBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /** The account's own number: {@code assigned_phone_number} of customers and the available number. */
    public SonarSimulatorBuilder sonarNumber(String value) {
        this.sonarNumber = PhoneNumbers.require(value);
        return this;
    }

    /** The name webhooks show as sender of API texts ({@code from_name}). */
    public SonarSimulatorBuilder companyName(String value) {
        this.companyName = requireText(value, "companyName");
        return this;
    }

    /** Tags that exist from the start and survive reset (Sonar's tags are made in its UI, not its API). */
    public SonarSimulatorBuilder tags(String... names) {
        for (String name : names) {
            tags.add(requireText(name, "tag"));
        }
        return this;
    }

    /** A campaign that exists from the start and survives reset: its slug and the text it sends. */
    public SonarSimulatorBuilder campaign(String slug, String text) {
        campaigns.put(requireText(slug, "slug"), requireText(text, "text"));
        return this;
    }

    /** Builds a simulator that is not listening yet: call {@link SonarSimulator#start()}. */
    public SonarSimulator build() {
        return new SonarSimulator(this);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
