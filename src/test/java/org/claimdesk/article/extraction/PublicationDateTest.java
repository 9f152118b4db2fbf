package org.claimdesk.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateTest {

    @ParameterizedTest
    @CsvSource({
        "2015-07-24T05:36:09+01:00,      2015-07-24T05:36:09+01:00",
        "2017-01-13T00:00:04-05:00,      2017-01-13T00:00:04-05:00",
        "2021-09-30T08:00:00Z,           2021-09-30T08:00:00Z",
        "2021-09-30T08:00:00.123456Z,    2021-09-30T08:00:00.123456Z",
        "2018-05-31T10:15:00+0200,       2018-05-31T10:15:00+02:00",
        "2018-05-31 10:15+02,            2018-05-31T10:15:00+02:00",
        "'Thu, 31 May 2018 10:15:00 GMT', 2018-05-31T10:15:00Z"})
    void timesWithAnOffsetKeepIt(String value, String expected) {
        PublicationDate date = PublicationDate.parse(value).orElseThrow();

        assertThat(date.time()).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(date.day()).isEqualTo(OffsetDateTime.parse(expected).toLocalDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2018-05-31", "2018/05/31", "20180531", "31.05.2018", "May 31, 2018", "Thursday, May 31, 2018",
        "31 May 2018", "31. Mai 2018", "2018-05-31T10:15:00"})
    void daysAndTimesWithoutAnOffsetGiveTheDayOnly(String value) {
        PublicationDate date = PublicationDate.parse(value).orElseThrow();

        assertThat(date.time()).isNull();
        assertThat(date.day()).isEqualTo(LocalDate.of(2018, 5, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2018-02-30", "31.13.2018", "Politics", "00:46", "12"})
    void whatIsNoDateIsNone(String value) {
        assertThat(PublicationDate.parse(value)).isEmpty();
    }
}
