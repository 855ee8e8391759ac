package org.camelsonar.docs;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownSnippetsTest {

    private static final Path PAGE = Path.of("docs/page.md");

    @Test
    void readsTheMarkerBeforeEachBlock() {
        MarkdownSnippets page = MarkdownSnippets.parse(PAGE, """
                # Title

                <!-- snippet: id=route runtime=camel-main check=run file=src/main/resources/camel/a.yaml -->

                ```yaml
                - route: {}
                ```
                - a list item:
                  <!-- snippet: id=bean check=none reason="needs a real token" -->
                  ```java
                  @Bean
                  ```
                """);

        assertThat(page.problems()).isEmpty();
        assertThat(page.snippets()).hasSize(2);
        Snippet route = page.snippets().get(0);
        assertThat(route.attributes()).containsEntry("runtime", "camel-main")
                .containsEntry("file", "src/main/resources/camel/a.yaml");
        assertThat(route.language()).isEqualTo("yaml");
        assertThat(route.line()).isEqualTo(5);
        assertThat(route.body()).isEqualTo("- route: {}\n");
        assertThat(page.snippets().get(1).attribute("reason")).isEqualTo("needs a real token");
        assertThat(page.snippets().get(1).body()).isEqualTo("@Bean\n");
    }

    @Test
    void aBlockWithoutMarkerIsAProblemNamingPageAndLine() {
        MarkdownSnippets page = MarkdownSnippets.parse(PAGE, "Text\n\n```bash\nrm -rf /\n```\n");

        assertThat(page.snippets()).isEmpty();
        assertThat(page.problems()).singleElement().asString()
                .startsWith("docs/page.md:3: code block without a snippet marker");
    }

    @Test
    void aMarkerSeparatedFromItsBlockByTextDoesNotCount() {
        MarkdownSnippets page = MarkdownSnippets.parse(PAGE,
                "<!-- snippet: id=a check=none reason=x -->\nSome text.\n```\nx\n```\n");

        assertThat(page.problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("docs/page.md:1: snippet marker not followed by a code block"))
                .anySatisfy(p -> assertThat(p).contains("docs/page.md:3: code block without a snippet marker"));
    }

    @Test
    void aBlockIndentedByFourSpacesIsAnIndentedCodeBlockNotAFence() {
        MarkdownSnippets page = MarkdownSnippets.parse(PAGE, "Example:\n\n    ```yaml\n    - route: {}\n    ```\n");

        assertThat(page.problems()).isEmpty();
        assertThat(page.snippets()).isEmpty();
    }

    @Test
    void theRulesNameWhatIsMissing() {
        MarkdownSnippets page = MarkdownSnippets.parse(PAGE, """
                <!-- snippet: id=a check=compile -->
                ```java
                class A {}
                ```
                <!-- snippet: id=a check=none -->
                ```bash
                ls
                ```
                <!-- snippet: id=c check=run runtime=camel-main -->
                ```yaml
                - route: {}
                ```
                """);

        assertThat(SnippetRules.check(page.snippets())).containsExactly(
                "docs/page.md:2 (id=a): check=compile needs runtime=one of " + SnippetRules.RUNTIMES,
                "docs/page.md:6 (id=a): id 'a' is used twice on the page",
                "docs/page.md:6 (id=a): check=none needs a reason=\"...\"",
                "docs/page.md:10 (id=c): check=run of a yaml block needs file=<path in the project>");
    }

    @Test
    void aRouteFragmentBecomesARouteBuilder() {
        Snippet fragment = MarkdownSnippets.parse(PAGE, """
                <!-- snippet: id=send runtime=camel-main check=compile wrap=route -->
                ```java
                import java.net.URI;
                from("direct:a").to("sonar:message/send");
                ```
                """).snippets().get(0);

        JavaSnippets.Source source = JavaSnippets.source(fragment);

        assertThat(source.path()).isEqualTo("docsnippets/PageSend.java");
        assertThat(source.test()).isFalse();
        assertThat(source.text()).contains("import java.net.URI;", "public class PageSend extends RouteBuilder",
                "public void configure() throws Exception {\n        from(\"direct:a\")");
    }
}
