package org.camelsonar.live;

import java.time.Duration;
import java.util.Map;

/**
 * What the live run is pointed at, from the environment (a real Sonar account) or from
 * {@code -Dsonar.live.simulator=true} (the embedded simulator). Secrets are only ever handed to the component and
 * to {@link RawSonar}; {@link #toString()} does not print them.
 */
record LiveSettings(boolean simulator, String token, String testPhone, boolean sandbox, String publishableKey,
                    String webhookUrl, int webhookPort, String userEmail, String campaignId, String tag,
                    Duration waitTime) {

    static final String WHAT_TO_SET = String.join("\n",
            "The Sonar live check is skipped: set SONAR_TOKEN and SONAR_TEST_PHONE, or run it offline with"
            + " -Dsonar.live.simulator=true.",
            "  SONAR_TOKEN            private token of a Sonar account (a sandbox account: sandbox.sendsonar.com)",
            "  SONAR_TEST_PHONE       a phone number you control, E.164 (+1...): the only number the check texts",
            "  SONAR_SANDBOX          true (default) for https://sandbox.sendsonar.com/api, false for production",
            "  SONAR_PUBLISHABLE_KEY  optional: checks phoneNumber/available",
            "  SONAR_WEBHOOK_URL      optional: public URL (e.g. a tunnel) reaching http://127.0.0.1:$SONAR_WEBHOOK_PORT",
            "  SONAR_WEBHOOK_PORT     optional: local port of the webhook listener, default 8089",
            "  SONAR_USER_EMAIL       optional: login email of a team member, to check user_email and unassign",
            "  SONAR_CAMPAIGN_ID      optional: slug of a campaign that may text SONAR_TEST_PHONE, to check send_at",
            "  SONAR_TAG              optional: an existing tag name, to check message/appendTag",
            "  SONAR_WAIT_SECONDS     optional: how long to wait for webhook deliveries, default 60",
            "Then: ./mvnw -B verify -Psonar-live -pl camel-sonar-live -am -DskipTests");

    static LiveSettings fromEnvironment(Map<String, String> env, String simulatorFlag) {
        boolean simulator = Boolean.parseBoolean(simulatorFlag);
        return new LiveSettings(simulator, blankToNull(env.get("SONAR_TOKEN")), blankToNull(env.get("SONAR_TEST_PHONE")),
                !"false".equalsIgnoreCase(trim(env.get("SONAR_SANDBOX"))), blankToNull(env.get("SONAR_PUBLISHABLE_KEY")),
                blankToNull(env.get("SONAR_WEBHOOK_URL")), parseInt(env.get("SONAR_WEBHOOK_PORT"), 8089),
                blankToNull(env.get("SONAR_USER_EMAIL")), blankToNull(env.get("SONAR_CAMPAIGN_ID")),
                blankToNull(env.get("SONAR_TAG")), Duration.ofSeconds(parseInt(env.get("SONAR_WAIT_SECONDS"), 60)));
    }

    /** Whether there is anything to run against. */
    boolean runnable() {
        return simulator || (token != null && testPhone != null);
    }

    LiveSettings with(String newToken, String newPublishableKey, String newWebhookUrl, String newUserEmail,
                      String newCampaignId, String newTag, Duration newWait) {
        return new LiveSettings(simulator, newToken, testPhone, sandbox, newPublishableKey, newWebhookUrl, webhookPort,
                newUserEmail, newCampaignId, newTag, newWait);
    }

    LiveSettings withPhone(String phone) {
        return new LiveSettings(simulator, token, phone, sandbox, publishableKey, webhookUrl, webhookPort, userEmail,
                campaignId, tag, waitTime);
    }

    @Override
    public String toString() {
        return "LiveSettings[simulator=" + simulator + ", token=" + (token == null ? "unset" : "***") + ", sandbox="
               + sandbox + ", publishableKey=" + (publishableKey == null ? "unset" : "***") + ", webhookUrl="
               + (webhookUrl == null ? "unset" : "set") + "]";
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SONAR_WEBHOOK_PORT / SONAR_WAIT_SECONDS must be a number, not '"
                                               + value + "'");
        }
    }
}
