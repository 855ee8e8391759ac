/**
 * Public API: the exceptions a failed Sonar call puts on the exchange, one class per way of handling it. Depends on
 * nothing else of the component; which answer becomes which exception is decided in
 * {@link org.camelsonar.component.sonar.error.SonarException#forResponse}.
 */
package org.camelsonar.component.sonar.error;
