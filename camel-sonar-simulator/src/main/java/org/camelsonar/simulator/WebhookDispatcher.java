package org.camelsonar.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Delivers events to webhooks the way Sonar documents it: one JSON object per event, with the registered HTTP
 * method; anything but a 2xx (or no answer) is retried up to 4 times, 10 s, 30 s, 3 min and 30 min after the
 * previous failure, each delay multiplied by {@code retryScale}. Every attempt is recorded.
 * A reset bumps an epoch, so deliveries still in flight from before it neither retry nor leave records.
 */
final class WebhookDispatcher implements AutoCloseable {

    static final List<Duration> SONAR_RETRY_DELAYS =
            List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(30));

    private final WebhookRegistry registry;
    private final double retryScale;
    private final Duration timeout;
    private final ExecutorService clientExecutor = Executors.newCachedThreadPool(Threads.daemon("sonar-sim-webhook"));
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(Threads.daemon("sonar-sim-retry"));
    private final HttpClient client;
    private final AtomicInteger epoch = new AtomicInteger();
    private final List<DeliveryAttempt> attempts = new ArrayList<>();

    WebhookDispatcher(WebhookRegistry registry, double retryScale, Duration timeout) {
        this.registry = registry;
        this.retryScale = retryScale;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).executor(clientExecutor).build();
    }

    void dispatch(SimulatedEvent event) {
        int current = epoch.get();
        for (RegisteredWebhook hook : registry.subscribersOf(event.action())) {
            schedule(() -> attempt(event, hook.id(), 1, current), 0);
        }
    }

    /** After close() nothing is delivered any more; an event raised then is only logged. */
    private void schedule(Runnable task, long delayNanos) {
        try {
            scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // the simulator was closed
        }
    }

    private void attempt(SimulatedEvent event, long hookId, int number, int attemptEpoch) {
        // a hook deleted or deactivated meanwhile gets no more attempts
        RegisteredWebhook hook = registry.find(hookId).filter(h -> h.wants(event.action())).orElse(null);
        if (hook == null || attemptEpoch != epoch.get()) {
            return;
        }
        String body = event.toJson();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(hook.url())).timeout(timeout)
                    .header("Content-Type", "application/json").header("User-Agent", "camel-sonar-simulator")
                    .method(hook.httpMethod(), HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (IllegalArgumentException e) {
            finish(event, hook, number, attemptEpoch, 0, "invalid URL: " + e.getMessage(), body);
            return;
        }
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                finish(event, hook, number, attemptEpoch, 0, cause.toString(), body);
            } else {
                finish(event, hook, number, attemptEpoch, response.statusCode(), null, body);
            }
        });
    }

    private void finish(SimulatedEvent event, RegisteredWebhook hook, int number, int attemptEpoch, int status,
                        String failure, String body) {
        if (attemptEpoch != epoch.get()) {
            return;
        }
        DeliveryAttempt attempt = new DeliveryAttempt(event.uuid(), event.action(), hook.id(), hook.url(),
                hook.httpMethod(), number, status, failure, Instant.now(), body);
        synchronized (attempts) {
            attempts.add(attempt);
            attempts.notifyAll();
        }
        if (!attempt.succeeded() && number <= SONAR_RETRY_DELAYS.size()) {
            long delay = (long) (SONAR_RETRY_DELAYS.get(number - 1).toNanos() * retryScale);
            schedule(() -> attempt(event, hook.id(), number + 1, attemptEpoch), delay);
        }
    }

    List<DeliveryAttempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    /** Waits (without polling) until {@code count} recorded attempts match; fails the test with the log otherwise. */
    List<DeliveryAttempt> await(Predicate<DeliveryAttempt> filter, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (attempts) {
            while (true) {
                List<DeliveryAttempt> matching = attempts.stream().filter(filter).toList();
                long left = deadline - System.nanoTime();
                if (matching.size() >= count) {
                    return matching;
                }
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " matching webhook deliveries within " + within
                            + " but saw " + matching.size() + "; all attempts: " + attempts);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(attempts, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for webhook deliveries", e);
                }
            }
        }
    }

    void reset() {
        epoch.incrementAndGet();
        synchronized (attempts) {
            attempts.clear();
        }
    }

    @Override
    public void close() {
        epoch.incrementAndGet();
        scheduler.shutdownNow();
        clientExecutor.shutdownNow();
    }
}
