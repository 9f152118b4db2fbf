package org.claimdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlParametersTest {

    @Test
    void theFirstValueIsStrippedAndBlankOnesAreAbsent() {
        Map<String, List<String>> values = Map.of("tag", List.of("  summit ", "other"), "q", List.of("   "));

        assertThat(UrlParameters.first(values, "tag")).contains("summit");
        assertThat(UrlParameters.first(values, "q")).isEmpty();
        assertThat(UrlParameters.first(values, "missing")).isEmpty();
    }

    @Test
    void onlyIsoDatesAreRead() {
        assertThat(UrlParameters.date("2018-05-31")).contains(LocalDate.of(2018, 5, 31));
        assertThat(UrlParameters.date("31.05.2018")).isEmpty();
        assertThat(UrlParameters.date("2018-02-30")).isEmpty();
    }

    @Test
    void blankValuesStayOutOfTheUrl() {
        Map<String, String> values = new LinkedHashMap<>();

        UrlParameters.put(values, "tag", " summit ");
        UrlParameters.put(values, "q", "  ");
        UrlParameters.put(values, "state", null);

        assertThat(values).containsExactly(Map.entry("tag", "summit"));
    }
}
