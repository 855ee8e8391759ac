package org.camelsonar.examples.springboot;

import org.springframework.context.SmartLifecycle;

/**
 * Closes a test's simulator after Camel stopped (Camel's lifecycle phase is higher), so that the routes stop against a
 * running Sonar.
 */
final class ClosedAfterCamel implements SmartLifecycle {

    private final AutoCloseable resource;

    ClosedAfterCamel(AutoCloseable resource) {
        this.resource = resource;
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
        try {
            resource.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean isRunning() {
        return true;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
