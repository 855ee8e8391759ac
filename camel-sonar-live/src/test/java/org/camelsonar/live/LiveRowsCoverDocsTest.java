package org.camelsonar.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/assumed-wire-details.md names the live row of each assumption as {@code live:<id>}: an assumption added
 * there without a row in the suite, or a row the page does not explain, fails here. Runs in every build.
 */
class LiveRowsCoverDocsTest {

    private static final Pattern ROW = Pattern.compile("`live:([a-z0-9-]+)`");

    @Test
    void everyAssumptionOnThePageHasALiveRowAndEveryRowIsOnThePage() throws IOException {
        Set<String> onPage = idsOn(page());
        Set<String> inSuite = Arrays.stream(Check.values()).map(Check::id).collect(Collectors.toCollection(TreeSet::new));

        assertThat(onPage).as("live rows named by docs/assumed-wire-details.md").isNotEmpty();
        assertThat(inSuite).as("the suite's rows (Check) must cover every live:<id> on the page")
                .containsAll(onPage);
        assertThat(onPage).as("every row of the suite must be explained on the page").containsAll(inSuite);
    }

    @Test
    void everyRowOfTheAssumptionTablesNamesItsLiveRow() throws IOException {
        String page = page();
        String assumptions = page.substring(page.indexOf("## The assumptions"), page.indexOf("## Verify against"));
        var rows = assumptions.lines()
                .filter(line -> line.startsWith("|") && !line.startsWith("|---") && !line.contains("| Live row |"))
                .toList();
        assertThat(rows).as("table rows under 'The assumptions'").hasSizeGreaterThan(10);
        assertThat(rows).allSatisfy(line -> assertThat(ROW.matcher(line).find()).as("no live:<id> in: " + line).isTrue());
    }

    private static Set<String> idsOn(String page) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = ROW.matcher(page);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String page() throws IOException {
        return Files.readString(Path.of(System.getProperty("sonar.live.docs", "../docs/assumed-wire-details.md")));
    }
}
