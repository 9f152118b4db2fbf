package org.claimdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewUrlKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://factcheck.afp.com/cdc-does-not-add-flu                     | factcheck.afp.com/cdc-does-not-add-flu",
        "http://WWW.FactCheck.AFP.com/cdc-does-not-add-flu/                 | factcheck.afp.com/cdc-does-not-add-flu",
        "https://factcheck.afp.com:443/cdc-does-not-add-flu#comments        | factcheck.afp.com/cdc-does-not-add-flu",
        "https://factcheck.afp.com/cdc-does-not-add-flu?utm_source=x&fbclid=y | factcheck.afp.com/cdc-does-not-add-flu",
        "https://factcheck.afp.com/a/./b/../cdc-does-not-add-flu            | factcheck.afp.com/a/cdc-does-not-add-flu",
        "https://tfc-taiwan.org.tw/articles/7177?page=2&utm_medium=social    | tfc-taiwan.org.tw/articles/7177?page=2",
        "https://example.org:8443/Review/A                                  | example.org:8443/Review/A"})
    void theSameReviewHasTheSameKeyHoweverItsAddressIsWritten(String address, String key) {
        assertThat(ReviewUrlKey.of(URI.create(address))).isEqualTo(key);
    }
}
