/**
 * Public API: Sonar's data as routes see it, the typed bodies of answers and webhook events. Depends on nothing else
 * of the component.
 */
package org.camelsonar.component.sonar.model;
