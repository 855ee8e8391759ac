package org.camelsonar.component.sonar.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.camelsonar.component.sonar.SonarComponent;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Copies {@code camel.component.sonar.*} onto the {@code sonar} component when Camel creates it, the way Camel's own
 * starters do: a {@link ComponentCustomizer}, switched off with {@code camel.component.sonar.enabled=false} (or
 * {@code camel.component.enabled=false}), and its copying with {@code camel.component.sonar.customizer.enabled=false}.
 * Only the properties that are set are copied.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, SonarComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.sonar" })
public class SonarComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final SonarComponentConfiguration configuration;

    public SonarComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                           SonarComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    /** Static, so that the binder can use it before this configuration's own dependencies exist. */
    @Bean
    @ConfigurationPropertiesBinding
    public static SonarComponentConverter sonarComponentConverter() {
        return new SonarComponentConverter();
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureSonarComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.sonar.customizer") && target instanceof SonarComponent;
            }
        };
    }
}
