package org.camelsonar.benchmarks;

import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.camelsonar.component.sonar.SonarComponent;

/**
 * (a) camel-sonar: {@code direct:upsert -> sonar:customer/upsert}, with {@code maxConnections} set to the
 * concurrency. The caller hands each exchange to the route asynchronously; the route continues on the component's
 * SonarCallback threads once Sonar has answered.
 */
final class CamelSonarVariant implements Variant {

    private final CamelContext context;
    private final Producer producer;
    private final AsyncProcessor processor;

    CamelSonarVariant(String baseUrl, String token, int maxConnections) throws Exception {
        this(baseUrl, token, maxConnections, false);
    }

    /** With {@code continueOnIoThread}: the route goes on on HttpClient's I/O thread, without the hand-off. */
    CamelSonarVariant(String baseUrl, String token, int maxConnections, boolean continueOnIoThread) throws Exception {
        this(baseUrl, token, maxConnections, continueOnIoThread, null);
    }

    /** With a {@code sonar} component prepared by the caller (an experiment's), or Camel's own when null. */
    CamelSonarVariant(String baseUrl, String token, int maxConnections, boolean continueOnIoThread,
                      SonarComponent component) throws Exception {
        context = new DefaultCamelContext();
        if (component != null) {
            context.addComponent("sonar", component);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upsert")
                        .to("sonar:customer/upsert?baseUrl=RAW(" + baseUrl + ")&token=RAW(" + token + ")"
                            + "&maxConnections=" + maxConnections + "&continueOnIoThread=" + continueOnIoThread);
            }
        });
        context.start();
        producer = context.getEndpoint("direct:upsert").createProducer();
        producer.start();
        processor = AsyncProcessorConverterHelper.convert(producer);
    }

    @Override
    public void call(int i, Done done) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(Payloads.customer(i));
        processor.process(exchange, doneSync -> {
            if (exchange.getException() != null) {
                done.failed(exchange.getException());
            } else {
                done.ok();
            }
        });
    }

    @Override
    public void close() throws Exception {
        producer.stop();
        context.stop();
    }
}
