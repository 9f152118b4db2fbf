package org.claimdesk.publishing.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022-10-24                       | 2022-10-24",
        "2020-06-24 00:03                 | 2020-06-24",
        "2020-03-18T14:00:00+0200         | 2020-03-18",
        "2020-06-16T20:15:35+05:30        | 2020-06-16",
        "2019-12-09T15:11:25.619782+00:00 | 2019-12-09",
        "2020-06-24T23:30:00Z             | 2020-06-24",
        "2020-06-24T23:30:00              | 2020-06-24",
        "2020-06-24 23:30:00 +02          | 2020-06-24",
        "2015-06-7                        | 2015-06-07",
        "2021-03-03Z                      | 2021-03-03",
        "'Wed, 3 Mar 2021 10:00:00 GMT'   | 2021-03-03",
        "'March 3, 2021'                  | 2021-03-03",
        "'Wednesday, March 3, 2021'       | 2021-03-03",
        "'Mar. 3, 2021'                   | 2021-03-03",
        "3 March 2021                     | 2021-03-03",
        "2021/03/03                       | 2021-03-03",
        "03.03.2021                       | 2021-03-03"})
    void theDayAsThePublisherStatedIt(String written, LocalDate day) {
        assertThat(LenientDate.parse(written)).isEqualTo(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "last Tuesday", "2021-02-30", "2021-13-01", "12", "03/04/2021",
        "2021-03-03T25:00:00", "-1"})
    void whatIsNoDateIsNoneAndNeverAnError(String written) {
        assertThat(LenientDate.parse(written)).isNull();
    }

    @Test
    void aHugeStringIsNotParsed() {
        assertThat(LenientDate.parse("2021-03-03" + " ".repeat(1_000_000) + "x")).isNull();
    }
}
