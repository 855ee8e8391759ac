package org.camelsonar.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small package-private pieces, and the command line. */
class HelpersTest {

    @Test
    void phoneNumbers() {
        assertThat(PhoneNumbers.normalise("+13105551234")).contains("+13105551234");
        assertThat(PhoneNumbers.normalise("+44 20 7946 0958")).contains("+442079460958");
        assertThat(PhoneNumbers.normalise("310.555.1234")).contains("+13105551234");
        assertThat(PhoneNumbers.normalise("111")).isEmpty();
        assertThat(PhoneNumbers.normalise("")).isEmpty();
        assertThat(PhoneNumbers.normalise(null)).isEmpty();
    }

    @Test
    void optOutKeywordsCoverTheDocumentedList() {
        assertThat(OptOutKeywords.all()).hasSize(13);
        OptOutKeywords.all().forEach(k -> {
            assertThat(OptOutKeywords.isOptOut(k)).isTrue();
            assertThat(OptOutKeywords.isOptOut(k.toUpperCase() + "!")).isTrue();
        });
        assertThat(OptOutKeywords.isOptOut("stop!!")).isFalse();
        assertThat(OptOutKeywords.isOptOut(null)).isFalse();
    }

    @Test
    void formDecoderBuildsRailsStyleTrees() {
        assertThat(FormDecoder.decode("a=1&b%5Bc%5D=2&d%5B%5D=x&d%5B%5D=y&e&f=%2B1+2").toString())
                .isEqualTo("{\"a\":\"1\",\"b\":{\"c\":\"2\"},\"d\":[\"x\",\"y\"],\"e\":\"\",\"f\":\"+1 2\"}");
        assertThat(FormDecoder.decode(null).size()).isZero();
    }

    @Test
    void mainParsesItsOptions() {
        SonarSimulatorBuilder builder = SonarSimulatorMain.parse("--port", "0", "--token", "T", "--publishable-key",
                "K", "--tag", "vip", "--campaign", "promo=Hello there", "--retry-scale", "0.5");
        assertThat(builder.token).isEqualTo("T");
        assertThat(builder.publishableKey).isEqualTo("K");
        assertThat(builder.tags).containsExactly("vip");
        assertThat(builder.campaigns).containsEntry("promo", "Hello there");
        assertThat(builder.retryScale).isEqualTo(0.5);
        assertThat(SonarSimulatorMain.parse("--help")).isNull();
        assertThatThrownBy(() -> SonarSimulatorMain.parse("--port")).hasMessageContaining("missing value");
        assertThatThrownBy(() -> SonarSimulatorMain.parse("--bogus", "1")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SonarSimulatorMain.parse("--port", "x")).hasMessageContaining("wants a number");
    }

    @Test
    void builderRefusesNonsense() {
        assertThatThrownBy(() -> SonarSimulator.builder().retryScale(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SonarSimulator.builder().token(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SonarSimulator.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SonarSimulator.builder().build().port()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSimulatorStartsOnceAndClosesQuietly() {
        SonarSimulator sim = SonarSimulator.builder().build().start();
        assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class);
        sim.registerWebhook("http://127.0.0.1:9/x", SonarEvents.CUSTOMER_CREATED);
        sim.close();
        sim.close();
        sim.upsertCustomer("+13105550001", null, null, null); // raised after close: logged, not delivered
        assertThat(sim.events()).hasSize(1);
        assertThat(sim.requests()).isEmpty();
        assertThatThrownBy(sim::port).isInstanceOf(IllegalStateException.class);
    }
}
