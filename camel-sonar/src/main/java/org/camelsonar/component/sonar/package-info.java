/**
 * The {@code sonar:} component: its Camel wiring (component, endpoint, producer, webhook consumer) and its public
 * API (the options in {@link org.camelsonar.component.sonar.SonarConfiguration},
 * {@link org.camelsonar.component.sonar.SonarOperationOptions} and
 * {@link org.camelsonar.component.sonar.SonarWebhookConfiguration}, the headers in
 * {@link org.camelsonar.component.sonar.SonarConstants}, the events in {@link org.camelsonar.component.sonar.SonarEvent},
 * and {@link org.camelsonar.component.sonar.SonarRetryPredicate}). The exceptions are in {@code error}, the typed
 * bodies in {@code model}; every other package is internal. CONTRIBUTING.md draws the directions between them.
 */
package org.camelsonar.component.sonar;
