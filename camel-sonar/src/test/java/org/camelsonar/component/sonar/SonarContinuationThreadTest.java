package org.camelsonar.component.sonar;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Where the route continues once Sonar has answered: SonarCallback threads by default, or the I/O thread. */
class SonarContinuationThreadTest extends SonarTestSupport {

    private final AtomicReference<String> defaultThread = new AtomicReference<>();
    private final AtomicReference<String> ioThread = new AtomicReference<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:default").to("sonar:message/send?phoneNumber=RAW(+13105551234)&text=hi")
                        .process(exchange -> defaultThread.set(Thread.currentThread().getName()));
                from("direct:io").to("sonar:message/send?phoneNumber=RAW(+13105551234)&text=hi&continueOnIoThread=true")
                        .process(exchange -> ioThread.set(Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void routeContinuesOnCallbackThreadsUnlessAskedToStayOnTheIoThread() {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(202)
                .withBody("{\"status\":\"queued\"}")));

        template.sendBody("direct:default", null);
        template.sendBody("direct:io", null);

        assertThat(defaultThread.get()).contains("SonarCallback");
        // the I/O thread, or the caller's when the answer was already there as the continuation was attached
        assertThat(ioThread.get()).isNotNull().doesNotContain("SonarCallback");
    }
}
