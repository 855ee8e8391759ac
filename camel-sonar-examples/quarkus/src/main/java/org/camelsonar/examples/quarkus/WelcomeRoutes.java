package org.camelsonar.examples.quarkus;

import org.apache.camel.builder.RouteBuilder;
import org.camelsonar.component.sonar.SonarConstants;

/**
 * Java DSL: stores a customer in Sonar and texts them a welcome. Camel Quarkus finds this {@link RouteBuilder}
 * by itself; the connection (token, base URL) comes from {@code camel.component.sonar.*} in application.properties.
 * The webhook route is in {@code routes/inbox.yaml}.
 */
public class WelcomeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // body: a Customer (or a Map / JSON with Sonar's wire names); the result is the Customer as Sonar stored it
        from("direct:welcome").routeId("welcome")
                .to("sonar:customer/upsert")
                .setHeader(SonarConstants.PHONE_NUMBER, simple("${body.phoneNumber}"))
                .setBody(simple("Welcome, ${body.firstName}! Reply HOURS for our opening hours."))
                .to("sonar:message/send")
                .log("Welcome text to ${header.CamelSonarPhoneNumber}: ${header.CamelSonarMessageStatus}");
    }
}
