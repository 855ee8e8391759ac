package org.camelsonar.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link SonarSimulator} for a JUnit 5 test class: started before all tests, reset to its built state
 * before each, stopped after all. Test methods and constructors may take a {@code SonarSimulator} parameter.
 * <pre>{@code
 * @RegisterExtension
 * static SonarSimulatorExtension sonar = SonarSimulatorExtension.create(
 *         SonarSimulator.builder().token("t").retryScale(0.001).tags("vip"));
 *
 * @Test
 * void sends(SonarSimulator sim) { ... sonar.baseUrl() ... }
 * }</pre>
 * {@code @ExtendWith(SonarSimulatorExtension.class)} works too, with the default settings. Registered on an
 * instance field instead of a static one, it starts and stops a simulator around each test.
 */
public final class SonarSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final SonarSimulatorBuilder builder;
    private SonarSimulator simulator;
    private int classDepth;

    /** For {@code @ExtendWith}: default settings. */
    public SonarSimulatorExtension() {
        this(SonarSimulator.builder());
    }

    private SonarSimulatorExtension(SonarSimulatorBuilder builder) {
        this.builder = builder;
    }

    public static SonarSimulatorExtension create() {
        return new SonarSimulatorExtension();
    }

    public static SonarSimulatorExtension create(SonarSimulatorBuilder builder) {
        return new SonarSimulatorExtension(builder);
    }

    /** The running simulator. */
    public synchronized SonarSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the Sonar simulator runs only while tests run");
        }
        return simulator;
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    public String token() {
        return simulator().token();
    }

    public String publishableKey() {
        return simulator().publishableKey();
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        // @Nested classes call this again on the same instance: keep the one simulator
        if (classDepth++ == 0) {
            simulator = builder.build().start();
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            simulator = builder.build().start();
        } else {
            simulator.reset();
        }
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (classDepth == 0) {
            stop();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classDepth == 0) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SonarSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
