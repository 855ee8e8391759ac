package org.camelsonar.live;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;

import org.camelsonar.simulator.SonarSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite must be able to say "refuted": against a simulator that answers 404 where the component assumes a
 * path, the rows come out refuted, and the documented alternative is tried and reported. Always offline.
 */
class SonarLiveRefutesTest {

    private static final String NOT_FOUND = "{\"error\":\"Not Found\"}";

    @Test
    void aPathSonarDoesNotServeIsRefutedAndTheAlternativeIsTried() throws Exception {
        LiveSettings settings = LiveSettings.fromEnvironment(Map.of(), "true");
        try (LiveTarget target = LiveTarget.open(settings)) {
            SonarSimulator sonar = target.simulator();
            sonar.failNext("POST", "/v1/customers/unassign", 1, 404, NOT_FOUND);
            sonar.failNext("POST", "/v1/messages/tags", 1, 404, NOT_FOUND);

            LiveReport report = LiveSuite.run(target, new PrintStream(OutputStream.nullOutputStream()));

            assertThat(report.row(Check.UNASSIGN).verdict()).isEqualTo(Verdict.REFUTED);
            assertThat(report.row(Check.UNASSIGN).observed()).contains("404 Not Found");
            Evidence appendTag = report.row(Check.APPEND_TAG);
            assertThat(appendTag.verdict()).isEqualTo(Verdict.REFUTED);
            // the simulator serves no other path either, and the report says so
            assertThat(appendTag.observed())
                    .contains("message/appendTag answered 404")
                    .contains("alternative POST /v1/messages/{external_id}/tags: 404")
                    .contains("alternative tag_names: 400");
            assertThat(appendTag.requestIds()).hasSize(3);
            // the other rows are unaffected
            assertThat(report.row(Check.ZIP_CODE).verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(report.markdown()).contains("| refuted |");
        }
    }
}
