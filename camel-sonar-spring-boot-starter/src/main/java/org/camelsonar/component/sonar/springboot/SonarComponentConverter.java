package org.camelsonar.component.sonar.springboot;

import java.util.Set;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelsonar.component.sonar.SonarConfiguration;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns a bean name in {@code application.properties} ({@code #bean:name}, {@code #name} or {@code name}) into the
 * bean, for the two options that take one: {@code configuration} and {@code sslContextParameters}. Camel's own
 * starters bind bean references the same way.
 */
public class SonarComponentConverter implements GenericConverter, ApplicationContextAware {

    private ApplicationContext applicationContext;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, SonarConfiguration.class),
                new ConvertiblePair(String.class, SSLContextParameters.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || applicationContext == null) {
            return null;
        }
        String name = source.toString().trim();
        if (name.startsWith("#bean:")) {
            name = name.substring("#bean:".length());
        } else if (name.startsWith("#")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return null;
        }
        return applicationContext.getBean(name, targetType.getType());
    }
}
