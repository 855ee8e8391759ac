package org.camelsonar.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.camelsonar.component.sonar.SonarConstants;
import org.springframework.stereotype.Component;

/** The routes: no connection option appears here; they all come from camel.component.sonar.* properties. */
@Component
public class SonarRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // a new customer from the shop's sign-up form: create or update them in Sonar, then text a welcome
        from("direct:welcome").routeId("welcome")
                .to("sonar:customer/upsert")
                .setBody(simple("Hi ${header." + SonarConstants.FIRST_NAME + "}, welcome to Sonar Coffee!"))
                .to("sonar:message/send")
                .log("Welcomed ${header." + SonarConstants.PHONE_NUMBER + "}: ${header." + SonarConstants.MESSAGE_STATUS
                     + "}");

        // a customer texts in and nobody is assigned yet: answer at once. The consumer registers its webhook with
        // Sonar on start, at {{sonar.example.public-url}}/sonar/webhook/new_unassigned_message, served by the Boot web
        // server; the customer's number arrives in CamelSonarPhoneNumber, so message/send answers the sender.
        from("sonar:webhook/new_unassigned_message?webhookExternalUrl={{sonar.example.public-url}}"
             + "&webhookSecret={{sonar.example.webhook-secret}}").routeId("auto-reply")
                .log("Text from ${header." + SonarConstants.PHONE_NUMBER + "}: ${body.text}")
                .setBody(constant("Thanks for your message! A barista will answer shortly."))
                .to("sonar:message/send");
    }
}
