package org.camelsonar.component.sonar.client;

import org.apache.hc.client5.http.ConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * How long a connection may wait in the pool for its next call: the server's own {@code Keep-Alive: timeout=N}
 * less a second (so that we never race its close), and never more than {@code idleConnectionTimeout}. The pool
 * discards an expired connection when it is leased, so the limit holds to the millisecond, not only at the
 * evictor's next round.
 */
final class IdleLimit implements ConnectionKeepAliveStrategy {

    private final TimeValue limit;

    IdleLimit(TimeValue limit) {
        this.limit = limit;
    }

    @Override
    public TimeValue getKeepAliveDuration(HttpResponse response, HttpContext context) {
        TimeValue announced = response.containsHeader("Keep-Alive")
                ? DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context) : null;
        if (announced != null && TimeValue.isNonNegative(announced) && announced.compareTo(limit) < 0) {
            // at least 1 ms: HttpClient reads 0 as "keep alive for ever", the opposite of a server's short timeout
            return TimeValue.ofMilliseconds(Math.max(1, announced.toMilliseconds() - 1_000));
        }
        return limit;
    }
}
