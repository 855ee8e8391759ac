package org.camelsonar.component.sonar.model;

/** The answer to campaign/send. Sonar answers the literal text {@code sent}, not the campaign's copy. */
public class CampaignResult extends SendResult {
}
