package org.claimdesk.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.claimdesk.fetch.internal.Refusals.assertRefused;

import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.FetchRefusedException.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** URLs refused before any connection is made: their form, their scheme, or where their host points. */
class UrlRulesTest {

    private static LocalSite site;
    private static GuardedFetcher strict;
    private static GuardedFetcher loopbackAllowed;

    @BeforeAll
    static void start() {
        site = new LocalSite();
        strict = Fetchers.strict();
        loopbackAllowed = Fetchers.forLocalSite();
    }

    @AfterAll
    static void stop() {
        strict.close();
        loopbackAllowed.close();
        site.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://10.0.0.1/                             | 10.0.0.1
            http://192.168.1.1/                          | 192.168.1.1
            http://172.16.0.1/                           | 172.16.0.1
            http://100.64.0.1/                           | 100.64.0.1
            http://169.254.169.254/latest/meta-data/     | 169.254.169.254
            http://[fe80::1]/                            | [fe80::1] (fe80:0:0:0:0:0:0:1)
            http://[fc00::1]/                            | [fc00::1] (fc00:0:0:0:0:0:0:1)
            http://[fd00:ec2::254]/                      | [fd00:ec2::254] (fd00:ec2:0:0:0:0:0:254)
            http://0.0.0.0/                              | 0.0.0.0
            http://224.0.0.1/                            | 224.0.0.1
            http://255.255.255.255/                      | 255.255.255.255
            http://[::ffff:169.254.169.254]/             | [::ffff:169.254.169.254] (169.254.169.254)
            http://[64:ff9b::a9fe:a9fe]/                 | [64:ff9b::a9fe:a9fe] (64:ff9b:0:0:0:0:a9fe:a9fe)
            """)
    void refusesInternalAddressesEvenWhenLoopbackIsAllowed(String url, String detail) {
        assertRefused(() -> strict.fetch(url), Reason.ADDRESS_NOT_ALLOWED, detail);
        assertRefused(() -> loopbackAllowed.fetch(url), Reason.ADDRESS_NOT_ALLOWED, detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1/                            | 127.0.0.1
            http://127.1.2.3:8080/                       | 127.1.2.3
            http://[::1]/                                | [::1] (0:0:0:0:0:0:0:1)
            http://[::ffff:127.0.0.1]/                   | [::ffff:127.0.0.1] (127.0.0.1)
            """)
    void refusesLoopbackAddresses(String url, String detail) {
        assertRefused(() -> strict.fetch(url), Reason.ADDRESS_NOT_ALLOWED, detail);
    }

    @Test
    void refusesTheLocalSiteUnlessLoopbackIsAllowed() {
        assertRefused(() -> strict.fetch(site.url("/article")), Reason.ADDRESS_NOT_ALLOWED, "127.0.0.1");
        assertThat(loopbackAllowed.fetch(site.url("/article")).body()).isEqualTo(LocalSite.ARTICLE);
    }

    @Test
    void refusesLocalhostByName() {
        FetchRefusedException refused = assertRefusedWithAnyDetail("http://localhost:" + site.port() + "/article",
                Reason.ADDRESS_NOT_ALLOWED);

        assertThat(refused.detail()).startsWith("localhost (");
    }

    @Test
    void refusesAHostThatDoesNotExist() {
        assertRefused(() -> strict.fetch("http://no-such-host.invalid/"), Reason.HOST_NOT_FOUND,
                "no-such-host.invalid");
    }

    @Test
    void looksUpAnInternationalisedHostInItsAsciiForm() {
        assertRefused(() -> strict.fetch("https://bücher.invalid/"), Reason.HOST_NOT_FOUND, "xn--bcher-kva.invalid");
    }

    @Test
    void checksAFullWidthAddressAsTheAddressItBecomes() {
        assertRefused(() -> strict.fetch("http://\uff11\uff12\uff17\uff0e\uff10\uff0e\uff10\uff0e\uff11/"),
                Reason.ADDRESS_NOT_ALLOWED, "127.0.0.1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            file:///etc/passwd               | file
            ftp://example.com/readme.txt     | ftp
            javascript:alert(1)              | javascript
            data:text/plain,hello            | data
            gopher://example.com/            | gopher
            jar:file:/app.jar!/secret        | jar
            """)
    void refusesSchemesOtherThanHttp(String url, String scheme) {
        assertRefused(() -> strict.fetch(url), Reason.SCHEME_NOT_ALLOWED, scheme);
    }

    @Test
    void refusesCredentialsWithoutRepeatingThem() {
        FetchRefusedException refused = assertRefused(() -> strict.fetch("https://editor:s3cret@example.com/"),
                Reason.CREDENTIALS_IN_URL, "example.com");

        assertThat(refused.getMessage()).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a url", "example.com/article", "http://exa mple.com/"})
    void refusesWhatIsNotAUrl(String text) {
        assertRefused(() -> strict.fetch(text), Reason.NOT_A_URL, text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///path", "http:opaque", "https://my_host.example/"})
    void refusesAUrlWithoutServer(String url) {
        assertRefused(() -> strict.fetch(url), Reason.NO_HOST, url);
    }

    private static FetchRefusedException assertRefusedWithAnyDetail(String url, Reason reason) {
        FetchRefusedException refused = catchThrowableOfType(FetchRefusedException.class, () -> strict.fetch(url));
        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(reason);
        return refused;
    }
}
