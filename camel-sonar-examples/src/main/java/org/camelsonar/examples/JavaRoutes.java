package org.camelsonar.examples;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.camelsonar.component.sonar.SonarConstants;

/**
 * The Java DSL routes: the CSV import and the welcome text. The YAML routes (routes/keywords.yaml) answer inbound
 * texts; the XML routes (routes/operations.xml) cover campaigns, conversations and the remaining operations.
 */
public class JavaRoutes extends RouteBuilder {

    /** Upserts in flight at once; the producer is asynchronous, so this costs no thread per call. */
    static final int IMPORT_CONCURRENCY = 8;

    private final AtomicInteger imported = new AtomicInteger();

    @Override
    public void configure() {
        // import customers from a CSV: concurrent upserts with a progress log
        from("direct:import-customers").routeId("import-customers")
                .log("Importing customers from ${header.CamelFileName}")
                .process(exchange -> exchange.getMessage().setBody(CustomerCsv.read(
                        exchange.getContext().getClassResolver().loadResourceAsStream(
                                exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class)))))
                .split(body()).parallelProcessing().executorService(
                        getContext().getExecutorServiceManager().newFixedThreadPool(this, "import", IMPORT_CONCURRENCY))
                    .to("sonar:customer/upsert")
                    .process(exchange -> {
                        int done = imported.incrementAndGet();
                        if (done % 5 == 0) {
                            log.info("Imported {} customers", done);
                        }
                    })
                    .bean("tally", "record('customer-imported')")
                .end()
                .log("Import done");

        // welcome every new customer: the consumer puts the customer's number in CamelSonarPhoneNumber
        from("sonar:webhook/customer_created?webhookExternalUrl={{sonar.webhook-url}}").routeId("welcome")
                .setBody(constant("Welcome to Sonar Coffee! Reply STOP to opt out."))
                .to("sonar:message/send")
                .log("Welcomed ${header." + SonarConstants.PHONE_NUMBER + "}: ${header." + SonarConstants.MESSAGE_STATUS
                     + "}")
                .bean("tally", "record('welcome-sent')");

        // a customer who texted STOP: Sonar refuses further sends; keep our own records in line
        from("sonar:webhook/customer_unsubscribed?webhookExternalUrl={{sonar.webhook-url}}").routeId("unsubscribed")
                .log("${header." + SonarConstants.PHONE_NUMBER + "} unsubscribed")
                .bean("tally", "record('unsubscribed')");
    }
}
