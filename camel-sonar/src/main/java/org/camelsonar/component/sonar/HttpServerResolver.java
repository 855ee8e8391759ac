package org.camelsonar.component.sonar;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.RestConfiguration;
import org.apache.camel.spi.RestConsumerFactory;

/**
 * Finds the HTTP server that serves webhooks, the way Camel's REST DSL does: the component named by the endpoint,
 * else the REST configuration's, else platform-http (which Camel Main, Spring Boot and Quarkus each back with their
 * own server), else the only {@link RestConsumerFactory} there is.
 */
final class HttpServerResolver {

    private HttpServerResolver() {
    }

    static RestConsumerFactory resolve(CamelContext context, String httpServerComponent) {
        if (httpServerComponent != null && !httpServerComponent.isBlank()) {
            return named(context, httpServerComponent, "option 'httpServerComponent'");
        }
        RestConfiguration rest = context.getRestConfiguration();
        if (rest != null && rest.getComponent() != null) {
            return named(context, rest.getComponent(), "the REST configuration");
        }
        if (context.getComponent("platform-http", true) instanceof RestConsumerFactory platformHttp) {
            return platformHttp;
        }
        Set<RestConsumerFactory> factories = new LinkedHashSet<>();
        for (String name : context.getComponentNames()) {
            if (context.getComponent(name, false) instanceof RestConsumerFactory factory) {
                factories.add(factory);
            }
        }
        factories.addAll(context.getRegistry().findByType(RestConsumerFactory.class));
        if (factories.size() == 1) {
            return factories.iterator().next();
        }
        throw new IllegalStateException(factories.isEmpty()
                ? "No HTTP server to serve the Sonar webhook: add camel-platform-http with a server (Camel Main:"
                  + " camel-platform-http-main and camel.server.enabled=true; Spring Boot: camel-platform-http-starter;"
                  + " Quarkus: camel-quarkus-platform-http), or name one in option 'httpServerComponent'"
                : "Several HTTP servers could serve the Sonar webhook: name one in option 'httpServerComponent'");
    }

    private static RestConsumerFactory named(CamelContext context, String name, String source) {
        Component component = context.getComponent(name, true);
        if (component instanceof RestConsumerFactory factory) {
            return factory;
        }
        throw new IllegalArgumentException("The HTTP server component '" + name + "' of " + source
                                           + (component == null ? " was not found" : " cannot serve HTTP requests (it is"
                                                                                  + " not a RestConsumerFactory)"));
    }
}
