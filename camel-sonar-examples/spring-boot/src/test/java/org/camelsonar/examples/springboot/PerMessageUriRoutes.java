package org.camelsonar.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Routes of the health scenarios, next to the application's own: imported by the tests that use them. */
@TestConfiguration
class PerMessageUriRoutes {

    @Bean
    RouteBuilder perMessageUris() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // an endpoint URI per message, as many routes build them. No error handler: the tests make Sonar
                // reject hundreds of texts on purpose and assert each failure themselves, without a logged trace
                from("direct:text").routeId("text").errorHandler(noErrorHandler())
                        .toD("sonar:message/send?phoneNumber=RAW(${header.phone})");
                // a route that only receives (not registered with Sonar: the tests deliver to it themselves)
                from("sonar:webhook/customer_created?webhookAutoRegister=false"
                     + "&webhookSecret={{sonar.example.webhook-secret}}").routeId("customer-created")
                        .to("mock:customer-created");
            }
        };
    }
}
