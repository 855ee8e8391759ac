package org.camelsonar.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when told to, so that tests of the 7-second duplicate guard or of timestamps need no
 * sleeping: {@code SonarSimulator.builder().clock(clock)}, then {@code clock.advance(Duration.ofSeconds(8))}.
 * Thread-safe.
 */
public final class ManualClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public ManualClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock at the current instant, in UTC. */
    public static ManualClock startingNow() {
        return new ManualClock(Instant.now(), ZoneOffset.UTC);
    }

    public synchronized ManualClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public ManualClock set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving instant seen from another zone; advancing either moves both. */
    @Override
    public Clock withZone(ZoneId newZone) {
        ManualClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return newZone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }
}
