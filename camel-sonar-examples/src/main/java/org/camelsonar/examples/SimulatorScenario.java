package org.camelsonar.examples;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.camelsonar.component.sonar.SonarConstants;
import org.camelsonar.simulator.SimulatedMessage;
import org.camelsonar.simulator.SonarSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a day at Sonar Coffee against the simulator: import the customers, let the welcome route greet them,
 * have customers text in (keywords, a STOP), schedule a campaign, assign and close conversations, and look up the
 * account. The simulator's inbound texts and inbox actions raise the webhook events that drive the routes.
 */
final class SimulatorScenario {

    static final String CSV = "customers.csv";
    static final int CSV_CUSTOMERS = 20;
    static final String NEWCOMER = "+13105550199";
    static final String PRICE_ASKER = "+13105550103";
    static final String HOURS_ASKER = "+13105550107";
    static final String OPTED_OUT = "+13105550110";
    static final String ASSIGNED = "+13105550105";
    static final String AGENT = "barista@sonarcoffee.example";
    static final String WELCOME = "Welcome to Sonar Coffee! Reply STOP to opt out.";

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorScenario.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final CamelContext context;
    private final SonarSimulator sonar;
    private final ScenarioTally tally;

    SimulatorScenario(CamelContext context, SonarSimulator sonar) {
        this.context = context;
        this.sonar = sonar;
        this.tally = context.getRegistry().lookupByNameAndType("tally", ScenarioTally.class);
    }

    Summary play() {
        ProducerTemplate template = context.createProducerTemplate();
        LOG.info("Scenario: {} webhooks registered with the simulator", sonar.webhooks().size());

        template.sendBodyAndHeader("direct:import-customers", null, Exchange.FILE_NAME, CSV);
        await("every imported customer welcomed", () -> tally.count("welcome-sent") >= CSV_CUSTOMERS);

        sonar.inboundText(PRICE_ASKER, "Hi! What's the price of a subscription?");
        sonar.inboundText(HOURS_ASKER, "what are your hours?");
        sonar.inboundText(NEWCOMER, "hello, is this the coffee place?");
        sonar.inboundText(OPTED_OUT, "STOP");
        await("keyword replies and the newcomer's welcome",
                () -> tally.count("keyword-reply") >= 2 && tally.count("welcome-sent") >= CSV_CUSTOMERS + 1
                      && tally.count("unsubscribed") >= 1);

        OffsetDateTime tomorrowMorning = OffsetDateTime.now().plusDays(1).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        for (String phone : List.of(PRICE_ASKER, HOURS_ASKER, OPTED_OUT)) {
            template.sendBodyAndHeaders("direct:send-campaign", null,
                    Map.of(SonarConstants.PHONE_NUMBER, phone, SonarConstants.SEND_AT, tomorrowMorning));
        }

        sonar.assign(ASSIGNED, AGENT);
        template.sendBodyAndHeader("direct:close-conversation", null, SonarConstants.PHONE_NUMBER, PRICE_ASKER);
        template.sendBody("direct:available-number", null);
        template.sendBody("direct:list-webhooks", null);
        await("the conversation read and the customer unassigned",
                () -> tally.count("conversation-read") >= 1 && tally.count("customer-unassigned") >= 1);
        return summarise();
    }

    private void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                LOG.warn("Scenario: gave up waiting for {} after {}s", what, WAIT.toSeconds());
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.info("Scenario: {}", what);
    }

    private Summary summarise() {
        List<SimulatedMessage> messages = sonar.messages();
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("customers imported from " + CSV, new Check(CSV_CUSTOMERS, tally.count("customer-imported")));
        checks.put("customers in Sonar", new Check(CSV_CUSTOMERS + 1, sonar.customers().size(),
                CSV_CUSTOMERS + " from the CSV, plus " + NEWCOMER + ", who texted in unknown: Sonar created them"));
        checks.put("welcome texts sent", new Check(CSV_CUSTOMERS + 1,
                (int) messages.stream().filter(m -> m.isOutbound() && WELCOME.equals(m.text())).count(),
                "one per customer_created event, the newcomer's included"));
        checks.put("keyword replies sent", new Check(2, tally.count("keyword-reply")));
        checks.put("inbound texts tagged", new Check(2,
                (int) messages.stream().filter(m -> m.isInbound() && !m.tags().isEmpty()).count()));
        checks.put("customers unsubscribed by STOP", new Check(1, tally.count("unsubscribed")));
        checks.put("campaign sends scheduled", new Check(2,
                (int) messages.stream().filter(m -> SonarExamples.CAMPAIGN.equals(m.campaignId())).count(),
                "3 asked for; " + OPTED_OUT + " had texted STOP"));
        checks.put("campaign sends refused (unsubscribed)", new Check(1, sonar.refusedSends().size(),
                "Sonar answers 'unsubscribed' and sends nothing"));
        checks.put("conversations closed", new Check(1,
                (int) sonar.customers().stream().filter(c -> c.isClosed()).count()));
        checks.put("properties deleted", new Check(1,
                sonar.customer(PRICE_ASKER).map(c -> c.properties().containsKey("city") ? 0 : 1).orElse(0)));
        checks.put("conversations read after a state change", new Check(1, tally.count("conversation-read")));
        checks.put("customers unassigned", new Check(1,
                sonar.customer(ASSIGNED).map(c -> c.assignee() == null ? 1 : 0).orElse(0)));
        checks.put("available number looked up", new Check(1, tally.count("number-looked-up")));
        checks.put("webhooks listed through api/call", new Check(1, tally.count("webhooks-listed")));
        checks.put("webhook deliveries answered 2xx", new Check(-1,
                (int) sonar.deliveries().stream().filter(d -> d.statusCode() >= 200 && d.statusCode() < 300).count()));
        checks.put("webhook deliveries refused", new Check(0,
                (int) sonar.deliveries().stream().filter(d -> d.statusCode() < 200 || d.statusCode() >= 300).count()));
        return new Summary(sonar.baseUrl(), routes(), checks);
    }

    /** Each route with the file and DSL it is written in (Camel records where a route was defined). */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (Route route : context.getRoutes()) {
            String source = route.getSourceLocationShort() != null ? route.getSourceLocationShort()
                    : route.getSourceResource() != null ? route.getSourceResource().getLocation() : "?";
            String dsl = source.contains(".yaml") ? "YAML DSL" : source.contains(".xml") ? "XML DSL" : "Java DSL";
            if (dsl.equals("Java DSL") && !source.contains(".java")) {
                source = source.replaceFirst("(:\\d+)?$", ".java$1"); // Camel names the class, not the file
            }
            routes.add(String.format("%-20s %-32s %s", route.getRouteId(), source, dsl));
        }
        routes.sort(String::compareTo);
        return routes;
    }

    /** An expected count (-1: any), what happened, and why the expected count is what it is (may be null). */
    record Check(int expected, int actual, String why) {
        Check(int expected, int actual) {
            this(expected, actual, null);
        }

        boolean holds() {
            return expected < 0 || expected == actual;
        }
    }

    /** What the scenario did, checked against what it should have done. */
    record Summary(String simulatorUrl, List<String> routes, Map<String, Check> checks) {

        boolean isComplete() {
            return checks.values().stream().allMatch(Check::holds);
        }

        String render() {
            List<String> lines = new ArrayList<>();
            lines.add("");
            lines.add("camel-sonar examples against the embedded Sonar simulator");
            lines.add("----------------------------------------------------------");
            lines.add("Sonar simulator: " + simulatorUrl + " (in this JVM; stopped at exit)");
            lines.add("Routes (src/main/java/org/camelsonar/examples, src/main/resources/routes):");
            routes.forEach(route -> lines.add("  " + route));
            lines.add("");
            checks.forEach((name, check) -> {
                lines.add(String.format("%-42s %4d %s", name, check.actual(),
                        check.holds() ? "ok" : "EXPECTED " + check.expected()));
                if (check.why() != null) {
                    lines.add("    (" + check.why() + ")");
                }
            });
            lines.add(isComplete() ? "All steps completed." : "Some steps did not complete: see above.");
            return String.join(System.lineSeparator(), lines);
        }
    }
}
