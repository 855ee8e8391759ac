/**
 * Public API: the exceptions a failed Sonar call puts on the exchange, one class per way of handling it, and
 * {@link org.camelsonar.component.sonar.error.SonarErrors}, the one place that reads a non-2xx answer into one of them.
 */
package org.camelsonar.component.sonar.error;
