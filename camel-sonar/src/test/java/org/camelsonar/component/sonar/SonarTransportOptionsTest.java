package org.camelsonar.component.sonar;

import java.security.cert.X509Certificate;

import javax.net.ssl.X509TrustManager;

import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.camelsonar.component.sonar.model.MessageResult;
import org.camelsonar.testsupport.SonarWireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The proxy and TLS options change how Sonar is reached, not just what the configuration holds. */
class SonarTransportOptionsTest extends SonarTestSupport {

    /** Sonar over HTTPS only, with a self-signed certificate. */
    @RegisterExtension
    static final SonarWireMock SONAR_TLS = SonarWireMock.httpsOnly();

    @Test
    void callsGoThroughTheConfiguredProxy() throws Exception {
        wireMock().stubFor(post(urlPathEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(202)
                .withBody("{\"status\":\"queued\"}")));
        // a host that cannot resolve: only the proxy (WireMock on 127.0.0.1) can answer for it
        String uri = "sonar:message/send?baseUrl=RAW(http://sonar.invalid/api)&phoneNumber=RAW(+13105551234)&text=hi"
                     + "&proxyHost=127.0.0.1&proxyPort=" + wireMock().port();

        Exchange result = template.request(uri, exchange -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(MessageResult.class).isQueued()).isTrue();
        wireMock().verify(postRequestedFor(urlPathEqualTo("/api/v1/messages")));
        assertThat(wireMock().getAllServeEvents().get(0).getRequest().getAbsoluteUrl()).contains("sonar.invalid");
    }

    @Test
    void tlsUsesTheConfiguredSslContextParameters() throws Exception {
        SONAR_TLS.server().stubFor(post(urlPathEqualTo("/api/v1/messages")).willReturn(aResponse().withStatus(202)
                .withBody("{\"status\":\"queued\"}")));
        context.getRegistry().bind("trustWireMock", trustAll());
        String base = "sonar:message/send?baseUrl=RAW(" + SONAR_TLS.baseUrl()
                      + ")&phoneNumber=RAW(+13105551234)&text=hi";

        // WireMock's self-signed certificate is not trusted by the JVM's default trust store
        Exchange untrusted = template.request(base, exchange -> {
        });
        assertThat(untrusted.getException()).isInstanceOf(SonarConnectionException.class);

        Exchange trusted = template.request(base + "&sslContextParameters=#trustWireMock", exchange -> {
        });
        assertThat(trusted.getException()).isNull();
        assertThat(SONAR_TLS.calls()).hasSize(1);
    }

    /** Trusts any certificate: only for a test server whose certificate is self-signed. */
    private static SSLContextParameters trustAll() {
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setTrustManager(new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        });
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }
}
