package org.camelsonar.component.sonar.client;

import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.protocol.BasicHttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a pooled connection may wait for its next call: idleConnectionTimeout, or less if the server says so. */
class IdleLimitTest {

    private final IdleLimit limit = new IdleLimit(TimeValue.ofSeconds(15));

    @Test
    void withoutKeepAliveTheOptionIsTheLimit() {
        assertThat(limit.getKeepAliveDuration(new BasicHttpResponse(200), new BasicHttpContext()).toMilliseconds())
                .isEqualTo(15_000);
    }

    @Test
    void aShorterServerTimeoutWinsLessASecondSoThatWeNeverRaceItsClose() {
        BasicHttpResponse response = new BasicHttpResponse(200);
        response.addHeader("Keep-Alive", "timeout=5, max=100");
        assertThat(limit.getKeepAliveDuration(response, new BasicHttpContext()).toMilliseconds()).isEqualTo(4_000);
    }

    @Test
    void aLongerServerTimeoutDoesNotExtendTheOption() {
        BasicHttpResponse response = new BasicHttpResponse(200);
        response.addHeader("Keep-Alive", "timeout=75");
        assertThat(limit.getKeepAliveDuration(response, new BasicHttpContext()).toMilliseconds()).isEqualTo(15_000);
    }

    @Test
    void aServerTimeoutOfASecondOrLessStillExpiresTheConnection() {
        for (String header : new String[] { "timeout=1", "timeout=0" }) {
            BasicHttpResponse response = new BasicHttpResponse(200);
            response.addHeader("Keep-Alive", header);
            assertThat(limit.getKeepAliveDuration(response, new BasicHttpContext()).toMilliseconds()).as(header)
                    .isEqualTo(1);
        }
    }

    @Test
    void aKeepAliveWithoutATimeoutLeavesTheOptionAlone() {
        // HttpClient's own strategy would answer its 3-minute default here, cutting a longer option short
        IdleLimit fiveMinutes = new IdleLimit(TimeValue.ofMinutes(5));
        for (String header : new String[] { "max=100", "timeout=soon" }) {
            BasicHttpResponse response = new BasicHttpResponse(200);
            response.addHeader("Keep-Alive", header);
            assertThat(fiveMinutes.getKeepAliveDuration(response, new BasicHttpContext()).toMilliseconds()).as(header)
                    .isEqualTo(300_000);
        }
    }
}
