/**
 * Internal: the Sonar HTTP client (Apache HttpClient 5, asynchronous, with the re-send rule and idle limit), Sonar's
 * webhook calls with their typed webhook, and the JSON mapping of the wire. Knows the model and nothing of Camel. Not
 * API: it may change in any release.
 */
package org.camelsonar.component.sonar.client;
