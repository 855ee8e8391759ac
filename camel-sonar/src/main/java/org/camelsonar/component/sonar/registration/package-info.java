/**
 * Internal: keeping a consumer's webhook registered in Sonar, one per application however many instances run
 * (converging on the oldest copy, reconciling on a schedule, only on the cluster leader when there is one). Not API:
 * it may change in any release.
 */
package org.camelsonar.component.sonar.registration;
