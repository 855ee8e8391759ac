package org.camelsonar.component.sonar.phone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers Sonar returns: E.164, or bare North American digits (Sonar's own numbers are North American). The
 * {@code defaultRegion} a user configures for what they write must not turn Sonar's bare digits into another
 * country's number.
 */
class PhoneNumberFromSonarTest {

    @ParameterizedTest(name = "{0} with defaultRegion {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "3105551234,        GB,   +13105551234",
            "3105551234,        null, +13105551234",
            "3105551234,        DE,   +13105551234",
            "13105551234,       GB,   +13105551234",
            "(310) 555-1234,    GB,   +13105551234",
            "310-555-1234,      FR,   +13105551234",
            "+13105551234,      GB,   +13105551234",
            "+44 20 7946 0958,  null, +442079460958",
            "020 7946 0958,     GB,   +442079460958",
            "not a number,      GB,   not a number",
            "12,                GB,   12" })
    void sonarsNumbersAreReadAsNorthAmericanUnlessTheySayOtherwise(String fromSonar, String region, String expected) {
        assertThat(new PhoneNumberNormalizer(region).fromSonar(fromSonar)).isEqualTo(expected);
    }
}
