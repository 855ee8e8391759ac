package org.camelsonar.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A coffee shop's texting, on Spring Boot: {@code camel.component.sonar.*} in application.properties configures the
 * component (through camel-sonar-spring-boot-starter), the webhook is served by the Boot web server (through
 * camel-platform-http-starter) and the component's readiness is on {@code /actuator/health}.
 */
@SpringBootApplication
public class SonarSpringBootApplication {

    public static void main(String[] args) {
        SpringApplication.run(SonarSpringBootApplication.class, args);
    }
}
