package org.camelsonar.live;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The live check: every assumed wire detail of docs/assumed-wire-details.md tried against Sonar (SONAR_TOKEN,
 * SONAR_TEST_PHONE) or, with -Dsonar.live.simulator=true, against the embedded simulator. Prints the table and
 * writes it to target/sonar-live-report.md. Against Sonar a refuted row is a finding, not a failure; against the
 * simulator, which follows the assumptions, every row must come out confirmed.
 */
class SonarLiveTest {

    /** Rows judged from webhook deliveries or from the run as a whole, with no call of their own. */
    private static final Set<Check> JUDGED_WITHOUT_CALLS = Set.of(Check.ACTION_FIELD, Check.WEBHOOK_PAYLOADS,
            Check.RATE_LIMIT);

    @Test
    void settlesTheAssumedWireDetails() throws Exception {
        LiveSettings settings = LiveSettings.fromEnvironment(System.getenv(), System.getProperty("sonar.live.simulator"));
        if (!settings.runnable()) {
            System.out.println(LiveSettings.WHAT_TO_SET);
        }
        assumeTrue(settings.runnable(), "SONAR_TOKEN and SONAR_TEST_PHONE are not set; the build log says what to set");

        LiveReport report;
        try (LiveTarget target = LiveTarget.open(settings)) {
            report = LiveSuite.run(target, System.out);
            String markdown = report.markdown();
            System.out.println("\n" + markdown);
            Path file = Path.of(System.getProperty("sonar.live.report", "target/sonar-live-report.md"));
            report.write(file);
            System.out.println("Written to " + file + ": paste it into an issue.");
            if (!target.simulated()) {
                return;
            }
        }
        // the simulator follows every assumption, so anything but "confirmed" is a broken check
        assertThat(report.rows()).allSatisfy(row -> {
            if (row.check() == Check.RATE_LIMIT) {
                assertThat(row.verdict()).as(row.observed()).isEqualTo(Verdict.INCONCLUSIVE);
            } else {
                assertThat(row.verdict()).as(row.check().id() + ": " + row.observed()).isEqualTo(Verdict.CONFIRMED);
            }
            if (!JUDGED_WITHOUT_CALLS.contains(row.check())) {
                assertThat(row.requestIds()).as(row.check().id() + " request ids").isNotEmpty();
            }
        });
    }
}
