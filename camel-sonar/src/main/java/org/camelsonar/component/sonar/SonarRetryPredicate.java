package org.camelsonar.component.sonar;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Predicate;
import org.apache.camel.Processor;
import org.camelsonar.component.sonar.client.SonarHttpClient;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.component.sonar.error.SonarRateLimitException;
import org.camelsonar.component.sonar.operation.SonarOperation;

/**
 * Whether a failed Sonar call may be repeated, for {@code onException(SonarException.class).onWhen(...)}: yes when
 * {@link SonarException#isRetryable()} (408, 429, 5xx, no answer), except that a {@code message/send} or
 * {@code campaign/send} is never repeated after an ambiguous failure (a 5xx or a lost answer: the text may have
 * gone out) unless built with {@link #includingSends()}. A 408, a 429 and a connection that was never made are not
 * ambiguous. Sonar did not act, so sends may repeat them.
 *
 * <pre>
 * onException(SonarException.class).onWhen(SonarRetryPredicate.retryable())
 *     .maximumRedeliveries(4).redeliveryDelay(1000).useExponentialBackOff().asyncDelayedRedelivery()
 *     .onExceptionOccurred(SonarRetryPredicate.honourRetryAfter(60_000));
 * </pre>
 */
public final class SonarRetryPredicate implements Predicate {

    private final boolean includeSends;

    /** Retries everything retryable except ambiguous failures of sends. */
    public SonarRetryPredicate() {
        this(false);
    }

    private SonarRetryPredicate(boolean includeSends) {
        this.includeSends = includeSends;
    }

    /** Retries everything retryable except ambiguous failures of sends; same as the constructor. */
    public static SonarRetryPredicate retryable() {
        return new SonarRetryPredicate(false);
    }

    /** Retries sends after ambiguous failures too: the customer may get the text twice. */
    public static SonarRetryPredicate includingSends() {
        return new SonarRetryPredicate(true);
    }

    @Override
    public boolean matches(Exchange exchange) {
        SonarException failure = failureOf(exchange);
        if (failure == null || !failure.isRetryable()) {
            return false;
        }
        // when the operation is not known, an ambiguous failure is treated as a send's: a lost retry beats a double SMS
        return includeSends || !isAmbiguous(failure) || Boolean.FALSE.equals(isSend(failure));
    }

    /** Whether Sonar may have carried out the request although it failed: a 5xx or an answer that never came. */
    public static boolean isAmbiguous(SonarException failure) {
        if (failure instanceof SonarRateLimitException || failure.getHttpResponseCode() == 408) {
            return false; // 429 and 408: turned away before any work (RFC 6585, RFC 9110)
        }
        // no host, no connection, or never written: the request never left
        return !(failure instanceof SonarConnectionException && SonarHttpClient.neverSent(failure.getCause()));
    }

    /**
     * The wait Sonar asked for in {@code Retry-After} for the exchange's failure, in milliseconds, or
     * {@code defaultMillis} when it asked for none.
     */
    public static long retryAfterMillis(Exchange exchange, long defaultMillis) {
        SonarException failure = failureOf(exchange);
        Duration wait = failure == null ? null : failure.getRetryAfter();
        return wait != null ? wait.toMillis() : defaultMillis;
    }

    /**
     * For {@code onExceptionOccurred}: makes the next redelivery wait as long as Sonar asked in {@code Retry-After}
     * (at most {@code maxMillis}). Camel's RedeliveryErrorHandler takes the {@code CamelRedeliveryDelay} header,
     * when present, instead of the delay its policy computes; without a Retry-After the header is removed, so the
     * policy's own delay (and back-off) applies.
     */
    public static Processor honourRetryAfter(long maxMillis) {
        return exchange -> {
            long wait = retryAfterMillis(exchange, -1);
            if (wait >= 0) {
                exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, Math.min(wait, maxMillis));
            } else {
                exchange.getIn().removeHeader(Exchange.REDELIVERY_DELAY);
            }
        };
    }

    @Override
    public String toString() {
        return includeSends ? "SonarRetryPredicate[including sends]" : "SonarRetryPredicate[not ambiguous sends]";
    }

    private static SonarException failureOf(Exchange exchange) {
        SonarException failure = exchange.getException(SonarException.class);
        if (failure == null) {
            Exception caught = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Exception.class);
            failure = caught instanceof SonarException sonar ? sonar : null;
        }
        return failure;
    }

    /** TRUE for message/send and campaign/send, FALSE for other operations, null when it names no operation. */
    private static Boolean isSend(SonarException failure) {
        return failure.getOperation() == null ? null
                : SonarOperation.fromUri(failure.getOperation()).map(SonarOperation::isSend).orElse(null);
    }
}
