package org.camelsonar.benchmarks;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * (b) The route a user would write without camel-sonar: Jackson marshals the customer, camel-http (blocking, on
 * HttpClient 5 classic) POSTs it with the token header, Jackson unmarshals the answer. camel-http holds its
 * thread for the whole call, so the caller needs a thread per call in flight; here a fixed pool of
 * {@code threads} threads runs the calls (camel-sonar's thread budget, or one per call in flight).
 */
final class CamelHttpVariant implements Variant {

    private final CamelContext context;
    private final ProducerTemplate template;
    private final ExecutorService pool;

    CamelHttpVariant(String baseUrl, String token, int concurrency, int threads) throws Exception {
        context = new DefaultCamelContext();
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setMaxTotalConnections(Math.max(200, concurrency * 2));
        http.setConnectionsPerRoute(Math.max(20, concurrency));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upsert")
                        .marshal().json(JsonLibrary.Jackson)
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("X-Token", constant(token))
                        .to(baseUrl + "/v1/customers")
                        .unmarshal().json(JsonLibrary.Jackson, Map.class);
            }
        });
        context.start();
        template = context.createProducerTemplate();
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "camel-http-caller-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void call(int i, Done done) {
        pool.execute(() -> {
            try {
                Exchange result = template.send("direct:upsert", e -> e.getMessage().setBody(Payloads.customer(i)));
                if (result.getException() != null) {
                    done.failed(result.getException());
                } else {
                    done.ok();
                }
            } catch (RuntimeException e) {
                done.failed(e);
            }
        });
    }

    @Override
    public void close() throws Exception {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        template.stop();
        context.stop();
    }
}
