package org.claimdesk.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Jane Doe                    | Jane Doe",
        "by: Jane Doe,                  | Jane Doe",
        "BY JEFFREY GETTLEMAN           | Jeffrey Gettleman",
        "By ANNA SCHMIDT and JOHN O'NEIL | Anna Schmidt and John O'Neil",
        "Written by Jane Doe            | Jane Doe",
        "Von Max Mustermann             | Max Mustermann",
        "Ursula von der Leyen           | Ursula von der Leyen",
        "Byron Smith                    | Byron Smith",
        "BBC News                       | BBC News",
        "Jane &amp; John Doe            | Jane & John Doe"})
    void keepsTheNamesOnly(String byline, String names) {
        assertThat(Bylines.clean(byline)).isEqualTo(names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "By", "@janedoe", "https://www.facebook.com/janedoe"})
    void whatIsNoBylineIsNone(String byline) {
        assertThat(Bylines.clean(byline)).isNull();
    }
}
