/**
 * Internal: webhook delivery, how one HTTP request from Sonar is checked (method, secret, size, JSON), admitted once
 * per event id, and answered with the status that tells Sonar whether to retry. Not API: it may change in any release.
 */
package org.camelsonar.component.sonar.webhook;
