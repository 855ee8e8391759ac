package org.camelsonar.component.sonar.client;

import java.util.Iterator;

import org.apache.hc.client5.http.ConnectionKeepAliveStrategy;
import org.apache.hc.core5.http.HeaderElement;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.message.MessageSupport;
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
        TimeValue announced = announcedTimeout(response);
        if (announced != null && announced.compareTo(limit) < 0) {
            // at least 1 ms: HttpClient reads 0 as "keep alive for ever", the opposite of a server's short timeout
            return TimeValue.ofMilliseconds(Math.max(1, announced.toMilliseconds() - 1_000));
        }
        return limit;
    }

    /**
     * The {@code timeout=N} of the server's {@code Keep-Alive} header; null when it names none. Read here, not through
     * HttpClient's default strategy, which answers a default of its own for a header without a timeout.
     */
    private static TimeValue announcedTimeout(HttpResponse response) {
        Iterator<HeaderElement> elements = MessageSupport.iterate(response, "Keep-Alive");
        while (elements.hasNext()) {
            HeaderElement element = elements.next();
            if ("timeout".equalsIgnoreCase(element.getName()) && element.getValue() != null) {
                try {
                    long seconds = Long.parseLong(element.getValue().trim());
                    return seconds >= 0 ? TimeValue.ofSeconds(seconds) : null;
                } catch (NumberFormatException notSeconds) {
                    return null;
                }
            }
        }
        return null;
    }
}
