/**
 * Internal: the operation table ({@link org.camelsonar.component.sonar.operation.SonarOperation}) and what works from
 * it: reading each field from header, body or option, building the HTTP request, reading the answer (a non-2xx one
 * into its exception: {@link org.camelsonar.component.sonar.operation.SonarErrors}). Not API: it may change in any
 * release.
 */
package org.camelsonar.component.sonar.operation;
