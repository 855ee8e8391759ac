package org.camelsonar.component.sonar.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelsonar.component.sonar.SonarComponent;
import org.camelsonar.component.sonar.SonarConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code camel.component.sonar.*} bound onto the component Camel creates, through the auto-configuration. */
class SonarComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("camel.main.name=sonar-starter-test")
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, SonarComponentAutoConfiguration.class));

    @Test
    void everyOptionBindsOntoTheComponent() {
        SSLContextParameters tls = new SSLContextParameters();
        runner.withBean("sonarTls", SSLContextParameters.class, () -> tls)
                .withPropertyValues(
                        "camel.component.sonar.token=tok-123",
                        "camel.component.sonar.publishable-key=pk-456",
                        "camel.component.sonar.sandbox=true",
                        "camel.component.sonar.base-url=http://127.0.0.1:9/api",
                        "camel.component.sonar.default-region=GB",
                        "camel.component.sonar.fail-on-unsubscribed=true",
                        "camel.component.sonar.connect-timeout=5s",
                        // relaxed binding: camelCase works too, and a plain number is milliseconds
                        "camel.component.sonar.responseTimeout=1500",
                        "camel.component.sonar.max-connections=8",
                        "camel.component.sonar.idle-connection-timeout=5s",
                        "camel.component.sonar.ssl-context-parameters=#bean:sonarTls",
                        "camel.component.sonar.proxy-host=proxy.example.com",
                        "camel.component.sonar.proxy-port=3128",
                        "camel.component.sonar.lazy-start-producer=true",
                        "camel.component.sonar.bridge-error-handler=true",
                        "camel.component.sonar.autowired-enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SonarComponent component = context.getBean(CamelContext.class).getComponent("sonar", SonarComponent.class);
                    SonarConfiguration c = component.getConfiguration();
                    assertThat(c.getToken()).isEqualTo("tok-123");
                    assertThat(c.getPublishableKey()).isEqualTo("pk-456");
                    assertThat(c.isSandbox()).isTrue();
                    assertThat(c.getBaseUrl()).isEqualTo("http://127.0.0.1:9/api");
                    assertThat(c.getDefaultRegion()).isEqualTo("GB");
                    assertThat(c.isFailOnUnsubscribed()).isTrue();
                    assertThat(c.getConnectTimeout()).isEqualTo(5_000);
                    assertThat(c.getResponseTimeout()).isEqualTo(1_500);
                    assertThat(c.getMaxConnections()).isEqualTo(8);
                    assertThat(c.getIdleConnectionTimeout()).isEqualTo(5_000);
                    assertThat(c.getSslContextParameters()).isSameAs(tls);
                    assertThat(c.getProxyHost()).isEqualTo("proxy.example.com");
                    assertThat(c.getProxyPort()).isEqualTo(3128);
                    assertThat(component.isLazyStartProducer()).isTrue();
                    assertThat(component.isBridgeErrorHandler()).isTrue();
                    assertThat(component.isAutowiredEnabled()).isFalse();
                });
    }

    @Test
    void withoutPropertiesTheComponentKeepsItsDefaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ComponentCustomizer.class);
            SonarComponent component = context.getBean(CamelContext.class).getComponent("sonar", SonarComponent.class);
            SonarConfiguration c = component.getConfiguration();
            SonarConfiguration defaults = new SonarConfiguration();
            assertThat(c.getToken()).isNull();
            assertThat(c.getBaseUrl()).isNull();
            assertThat(c.isSandbox()).isFalse();
            assertThat(c.resolveBaseUrl()).isEqualTo(SonarConfiguration.PRODUCTION_URL);
            assertThat(c.getConnectTimeout()).isEqualTo(defaults.getConnectTimeout()).isEqualTo(10_000);
            assertThat(c.getResponseTimeout()).isEqualTo(defaults.getResponseTimeout()).isEqualTo(30_000);
            assertThat(c.getMaxConnections()).isEqualTo(defaults.getMaxConnections());
            assertThat(c.getIdleConnectionTimeout()).isEqualTo(defaults.getIdleConnectionTimeout()).isEqualTo(15_000);
            assertThat(c.getSslContextParameters()).isNull();
            assertThat(c.getProxyHost()).isNull();
            assertThat(component.isLazyStartProducer()).isFalse();
            assertThat(component.isAutowiredEnabled()).isTrue();
        });
    }

    @Test
    void aConfigurationBeanIsNotOverwrittenByDefaults() {
        SonarConfiguration shared = new SonarConfiguration();
        shared.setToken("from-bean");
        shared.setConnectTimeout(2_000);
        runner.withBean("sharedSonar", SonarConfiguration.class, () -> shared)
                .withPropertyValues("camel.component.sonar.configuration=sharedSonar")
                .run(context -> {
                    SonarComponent component = context.getBean(CamelContext.class).getComponent("sonar", SonarComponent.class);
                    assertThat(component.getConfiguration()).isSameAs(shared);
                    assertThat(component.getConfiguration().getConnectTimeout()).isEqualTo(2_000);
                });
    }

    @Test
    void switchedOffWithEnabledFalse() {
        runner.withPropertyValues("camel.component.sonar.enabled=false", "camel.component.sonar.token=ignored")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(SonarComponentAutoConfiguration.class);
                    SonarComponent component = context.getBean(CamelContext.class).getComponent("sonar", SonarComponent.class);
                    assertThat(component.getConfiguration().getToken()).isNull();
                });
    }
}
