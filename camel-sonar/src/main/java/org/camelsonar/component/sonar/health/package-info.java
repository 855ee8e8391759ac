/**
 * Internal: what producers and webhook consumers report about the component's standing with Sonar, and the two
 * health checks that read it ({@code sonar} and {@code sonar-credentials}, see docs/health.md). Not API: it may change
 * in any release.
 */
package org.camelsonar.component.sonar.health;
