/**
 * Internal: phone numbers to E.164 and back, with libphonenumber. Stands alone. Not API: it may change in any
 * release.
 */
package org.camelsonar.component.sonar.phone;
