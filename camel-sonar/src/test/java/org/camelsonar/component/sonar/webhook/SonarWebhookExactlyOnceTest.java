package org.camelsonar.component.sonar.webhook;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.camelsonar.component.sonar.SonarConstants;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each event (uuid) runs the route once, although Sonar may deliver it several times. */
class SonarWebhookExactlyOnceTest extends SonarWebhookTestSupport {

    private static final String SECRET = "once-s3cret";
    private static final String PATH = "/sonar/webhook/new_unassigned_message?secret=" + SECRET;
    private static final String URI = "sonar:webhook/new_unassigned_message?webhookAutoRegister=false&webhookSecret="
                                      + SECRET;

    private final AtomicInteger runs = new AtomicInteger();

    private MockEndpoint events() {
        return context.getEndpoint("mock:events", MockEndpoint.class);
    }

    private void consume(String extraOptions) throws Exception {
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(URI + extraOptions).process(exchange -> runs.incrementAndGet()).to("mock:events");
            }
        });
    }

    private static String delivery(String uuid) {
        return event("new_unassigned_message", uuid);
    }

    @Test
    void sameUuidTwiceRunsTheRouteOnce() throws Exception {
        consume("");

        assertThat(post(PATH, delivery("dup-1")).statusCode()).isEqualTo(200);
        assertThat(post(PATH, delivery("dup-1")).statusCode()).isEqualTo(200);
        assertThat(post(PATH, delivery("dup-2")).statusCode()).isEqualTo(200);

        assertThat(runs).hasValue(2);
        assertThat(events().getExchanges()).extracting(e -> e.getMessage().getHeader(SonarConstants.EVENT_ID))
                .containsExactly("dup-1", "dup-2");
    }

    @Test
    void failedEventIsNotRememberedSoTheRetryRunsIt() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(URI).process(exchange -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("first attempt fails");
                    }
                }).to("mock:events");
            }
        });

        assertThat(post(PATH, delivery("retry-1")).statusCode()).isEqualTo(500);
        assertThat(post(PATH, delivery("retry-1")).statusCode()).isEqualTo(200);
        assertThat(post(PATH, delivery("retry-1")).statusCode()).isEqualTo(200);

        assertThat(attempts).hasValue(2);
        assertThat(events().getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void duplicateWhileTheFirstIsInFlightIsRefusedWith409() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger entered = new AtomicInteger();
        addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(URI).process(exchange -> {
                    entered.incrementAndGet();
                    assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                }).to("mock:events");
            }
        });

        CompletableFuture<HttpResponse<String>> first = postAsync(PATH, delivery("slow-1"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entered).hasValue(1));

        HttpResponse<String> duplicate = post(PATH, delivery("slow-1"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(first).isNotDone();
        // another event is not held up by the slow one
        CompletableFuture<HttpResponse<String>> other = postAsync(PATH, delivery("slow-2"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entered).hasValue(2));

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(other.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(post(PATH, delivery("slow-1")).statusCode()).isEqualTo(200);
        assertThat(entered).hasValue(2);
        assertThat(events().getReceivedCounter()).isEqualTo(2);
    }

    @Test
    void customIdempotentRepositoryIsUsed() throws Exception {
        IdempotentRepository repository = MemoryIdempotentRepository.memoryIdempotentRepository(100);
        repository.add("seen-elsewhere");
        context.getRegistry().bind("myRepo", repository);
        consume("&idempotentRepository=#myRepo");

        assertThat(post(PATH, delivery("seen-elsewhere")).statusCode()).isEqualTo(200);
        assertThat(runs).as("an event the shared repository knows is not run again").hasValue(0);

        assertThat(post(PATH, delivery("new-1")).statusCode()).isEqualTo(200);
        assertThat(runs).hasValue(1);
        assertThat(repository.contains("new-1")).isTrue();
        assertThat(repository.contains("in-flight:new-1")).as("the in-flight claim is released").isFalse();

        // a claim left behind by another instance (still running, or crashed) makes the event busy
        repository.add("in-flight:claimed-1");
        assertThat(post(PATH, delivery("claimed-1")).statusCode()).isEqualTo(409);
        assertThat(runs).hasValue(1);
        repository.remove("in-flight:claimed-1");
        assertThat(post(PATH, delivery("claimed-1")).statusCode()).isEqualTo(200);
        assertThat(runs).hasValue(2);

        // the bound repository belongs to the application: stopping the route leaves its content alone
        context.getRouteController().stopRoute(context.getRoutes().get(0).getRouteId());
        assertThat(repository.contains("new-1")).isTrue();
    }

    @Test
    void fiftyConcurrentDeliveriesAreAllProcessed() throws Exception {
        consume("");
        events().expectedMessageCount(50);
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String uuid = "c-" + i;
                responses.add(senders.submit(() -> post(PATH, delivery(uuid))));
            }
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        } finally {
            senders.shutdownNow();
        }

        events().assertIsSatisfied(5_000);
        Set<Object> uuids = new HashSet<>();
        events().getExchanges().forEach(e -> uuids.add(e.getMessage().getHeader(SonarConstants.EVENT_ID)));
        assertThat(uuids).hasSize(50);
        assertThat(runs).hasValue(50);
    }

    @Test
    void concurrentDuplicatesRunTheRouteOnce() throws Exception {
        consume("");
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                responses.add(senders.submit(() -> post(PATH, delivery("storm-1"))));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<HttpResponse<String>> response : responses) {
                codes.add(response.get(20, TimeUnit.SECONDS).statusCode());
            }
            // 409 for those that arrive while the first runs, 200 for those after it; which, depends on timing
            assertThat(codes).allSatisfy(code -> assertThat(code).isIn(200, 409)).contains(200);
        } finally {
            senders.shutdownNow();
        }
        assertThat(runs).hasValue(1);
    }

    /**
     * When the shared repository fails (database down), Sonar must get a 5xx so that it retries, and the answer must
     * not reveal the request's secret or the application's internals.
     */
    @Test
    void repositoryFailureIs5xxWithoutEchoingTheSecretOrAStackTrace() throws Exception {
        context.getRegistry().bind("brokenRepo", new BrokenRepository());
        consume("&idempotentRepository=#brokenRepo");

        HttpResponse<String> response = post(PATH, delivery("db-1"), "X-Foo", "bar");

        assertThat(runs).hasValue(0);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(response.statusCode()).as("status").isBetween(500, 599);
        response.headers().map().forEach((name, values) -> {
            softly.assertThat(name).as("response header name").isNotEqualToIgnoringCase("secret")
                    .isNotEqualToIgnoringCase("X-Foo");
            values.forEach(value -> softly.assertThat(value).as("response header %s", name).doesNotContain(SECRET));
        });
        softly.assertThat(response.body()).as("response body").doesNotContain(SECRET)
                .doesNotContain("database unavailable").doesNotContain("at org.");
        softly.assertAll();
    }

    /** A repository whose database is unreachable. */
    private static final class BrokenRepository implements IdempotentRepository {
        @Override
        public boolean add(String key) {
            throw new IllegalStateException("database unavailable");
        }

        @Override
        public boolean contains(String key) {
            throw new IllegalStateException("database unavailable");
        }

        @Override
        public boolean remove(String key) {
            throw new IllegalStateException("database unavailable");
        }

        @Override
        public boolean confirm(String key) {
            throw new IllegalStateException("database unavailable");
        }

        @Override
        public void clear() {
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    }
}
