package org.camelsonar.component.sonar;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SonarSpellingTest {

    private static final List<String> OPTIONS = List.of("phoneNumber", "text", "token", "tags", "mediaUrl");

    @Test
    void aTypoOrASwappedPairIsNear() {
        assertThat(SonarSpelling.nearest("phonenumber", OPTIONS)).contains("phoneNumber");
        assertThat(SonarSpelling.nearest("phoneNubmer", OPTIONS)).contains("phoneNumber");
        assertThat(SonarSpelling.nearest("txet", OPTIONS)).contains("text");
        assertThat(SonarSpelling.distance("abcd", "abdc")).isEqualTo(1);
    }

    @Test
    void somethingElseEntirelyHasNoSuggestion() {
        assertThat(SonarSpelling.nearest("recipientAddress", OPTIONS)).isEmpty();
        assertThat(SonarSpelling.hint("xyz", OPTIONS)).isEmpty();
        assertThat(SonarSpelling.hint("tagz", OPTIONS)).isEqualTo(" Did you mean 'tags'?");
    }
}
