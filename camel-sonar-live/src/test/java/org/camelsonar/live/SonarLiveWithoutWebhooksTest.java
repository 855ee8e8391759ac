package org.camelsonar.live;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first live run often has no tunnel (no SONAR_WEBHOOK_URL): the rows that need a delivery must then say
 * inconclusive and why, never confirmed, while the rest is still checked. Always offline.
 */
class SonarLiveWithoutWebhooksTest {

    @Test
    void rowsThatNeedADeliveryAreInconclusiveAndSaySo() throws Exception {
        try (LiveTarget target = LiveTarget.open(LiveSettings.fromEnvironment(Map.of(), "true")).withoutWebhooks()) {
            LiveReport report = LiveSuite.run(target, new PrintStream(OutputStream.nullOutputStream()));

            for (Check check : List.of(Check.WEBHOOK_LIST, Check.WEBHOOK_DELETE, Check.DOUBLE_OPT_IN,
                    Check.ACTION_FIELD, Check.WEBHOOK_CONVERSATION_ID, Check.WEBHOOK_PAYLOADS, Check.CONVERSATION_PATH,
                    Check.CONVERSATION_FIELDS, Check.APPEND_TAG, Check.SEND_AT)) {
                assertThat(report.row(check).verdict()).as(report.row(check).toString()).isEqualTo(Verdict.INCONCLUSIVE);
                assertThat(report.row(check).observed()).as(check.id()).contains("SONAR_WEBHOOK_URL");
            }
            for (Check check : List.of(Check.ZIP_CODE, Check.USER_EMAIL, Check.UNASSIGN, Check.X_TOKEN_JSON,
                    Check.PROPERTY_TYPES, Check.SEND_ANSWER)) {
                assertThat(report.row(check).verdict()).as(report.row(check).toString()).isEqualTo(Verdict.CONFIRMED);
            }
        }
    }
}
