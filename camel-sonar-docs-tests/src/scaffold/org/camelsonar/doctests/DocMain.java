package org.camelsonar.doctests;

import org.apache.camel.main.Main;
import org.camelsonar.simulator.SonarSimulator;

/**
 * A page's Camel Main application (its application.properties and routes from the class path), pointed at the
 * simulator instead of Sonar: only what must differ from the page is overridden. For the pages whose runtime is Camel
 * Main or Camel JBang, which have camel-main on the class path.
 */
public final class DocMain {

    private DocMain() {
    }

    /** Not started yet: the simulator's token and base URL override the page's. */
    public static Main against(SonarSimulator sonar) {
        Main main = new Main();
        main.addOverrideProperty("camel.component.sonar.token", sonar.token());
        main.addOverrideProperty("camel.component.sonar.base-url", sonar.baseUrl());
        return main;
    }

    /**
     * Not started yet: {@link #against} the simulator, with Camel Main's HTTP server on the port held by
     * {@link DocApp#holdPort()}, which {@code sonar.webhook-url} names before the server starts.
     */
    public static Main serving(SonarSimulator sonar, int port) {
        Main main = against(sonar);
        main.addOverrideProperty("sonar.webhook-url", "http://127.0.0.1:" + port);
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        return main;
    }
}
