package org.camelsonar.live;

import java.io.PrintStream;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.component.sonar.model.AvailableNumber;

/**
 * One run of every check against one target: a Camel context with the sonar component and, when webhooks can
 * reach it, a Vert.x platform-http server for the {@code sonar:webhook/<event>} routes. Cleans up what it created.
 */
final class LiveSuite {

    private LiveSuite() {
    }

    static LiveReport run(LiveTarget target, PrintStream out) throws Exception {
        LiveSettings settings = target.settings();
        CamelContext camel = new DefaultCamelContext();
        SonarComponent sonar = new SonarComponent();
        target.configure(sonar);
        camel.addComponent("sonar", sonar);
        camel.getShutdownStrategy().setTimeout(10);
        VertxPlatformHttpServer server = null;
        if (target.webhooks()) {
            VertxPlatformHttpServerConfiguration listener = new VertxPlatformHttpServerConfiguration();
            listener.setBindHost("127.0.0.1");
            // the simulator reaches any port; a tunnel needs the one it was pointed at
            listener.setBindPort(target.simulated() ? 0 : settings.webhookPort());
            server = new VertxPlatformHttpServer(listener);
            camel.addService(server);
        }
        camel.start();
        try {
            String webhookBase = server == null ? null
                    : target.simulated() ? "http://127.0.0.1:" + server.getServer().actualPort() : settings.webhookUrl();
            LiveReport report = new LiveReport(target.describe(sonar));
            ProducerTemplate template = camel.createProducerTemplate();
            SonarCalls calls = new SonarCalls(template, report);
            WebhookRecorder webhooks = new WebhookRecorder();
            String runId = UUID.randomUUID().toString().substring(0, 8);
            LiveRun run = new LiveRun(settings, calls, new RawSonar(sonar.getConfiguration().resolveBaseUrl(),
                    settings.token()), webhooks, runId, webhookBase, target.tester(out));
            checks(run, camel);
            return report;
        } finally {
            camel.stop();
        }
    }

    private static void checks(LiveRun run, CamelContext camel) throws Exception {
        WebhookChecks webhooks = new WebhookChecks(run, camel);
        guarded(run, "webhook registration", webhooks::register);
        guarded(run, "credentials", () -> new CredentialChecks(run).run());
        guarded(run, "customers", () -> new CustomerChecks(run).run());
        MessageChecks messages = new MessageChecks(run);
        guarded(run, "messages", messages::run);
        guarded(run, "the tester's part", () -> testerPart(run));
        guarded(run, "conversations", messages::afterTester);
        guarded(run, "webhook deliveries", webhooks::judgeDeliveries);
        guarded(run, "webhook removal", webhooks::unregister);
        rateLimit(run);
        cleanUp(run);
    }

    /** An inbound text and a double opt-in: only the tester (or the simulator's inbox) can make them. */
    private static void testerPart(LiveRun run) throws InterruptedException {
        if (!run.webhooksOn()) {
            return;
        }
        String number = null;
        if (run.settings.publishableKey() != null) {
            Object answer = run.sonar.call(null, "phoneNumber/available", Map.of(), null).body();
            number = answer instanceof AvailableNumber available ? available.getAvailableNumber() : null;
        }
        run.tester.textInAndOptIn(run.phone(), number);
        run.webhooks.await(d -> d.registeredFor().startsWith("new_"), run.waitTime());
        run.webhooks.await(d -> "double_opt_in".equals(d.registeredFor()), run.waitTime());
    }

    private static void rateLimit(LiveRun run) {
        Evidence row = run.row(Check.RATE_LIMIT);
        int limited = run.sonar.rateLimited();
        if (limited > 0) {
            row.refuted(limited + " of " + run.sonar.calls() + " calls answered 429");
        } else {
            row.inconclusive("no 429 in " + run.sonar.calls() + " calls (a short run cannot show a limit's absence)");
        }
    }

    /** Removes the properties the run set; Sonar has no call to remove a tag from a message or a customer. */
    private static void cleanUp(LiveRun run) {
        for (String property : run.createdProperties) {
            Outcome delete = run.sonar.call(null, "customer/deleteProperty?propertyName=" + property,
                    run.forPhone(), null);
            if (!delete.ok()) {
                run.report.note("Could not remove property " + property + " of SONAR_TEST_PHONE's customer: "
                                + delete.describe());
            }
        }
        if (run.settings.tag() != null && run.externalId != null) {
            run.report.note("The message tagged " + run.settings.tag() + " keeps its tag: Sonar's API cannot remove"
                            + " it (the web app can).");
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** A step that breaks leaves its rows inconclusive and the run goes on. */
    private static void guarded(LiveRun run, String name, Step step) {
        try {
            step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.report.note("Interrupted during " + name);
        } catch (Exception e) {
            run.report.note("The " + name + " checks stopped: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
