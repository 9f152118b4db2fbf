package org.claimdesk.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses count as public; every literal here is parsed without DNS. */
class AddressClassifierTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            8.8.8.8,                 PUBLIC
            93.184.215.14,           PUBLIC
            172.32.0.1,              PUBLIC
            100.128.0.1,             PUBLIC
            2a00:1450:4001:81c::200e, PUBLIC
            64:ff9b::808:808,        PUBLIC
            2002:808:808::1,         PUBLIC
            127.0.0.1,               LOOPBACK
            127.255.255.254,         LOOPBACK
            ::1,                     LOOPBACK
            0.0.0.0,                 UNSPECIFIED
            0.1.2.3,                 UNSPECIFIED
            ::,                      UNSPECIFIED
            10.0.0.1,                PRIVATE
            172.16.0.1,              PRIVATE
            172.31.255.255,          PRIVATE
            192.168.1.1,             PRIVATE
            fc00::1,                 PRIVATE
            fd12:3456::1,            PRIVATE
            fec0::1,                 PRIVATE
            100.64.0.1,              SHARED
            100.127.255.255,         SHARED
            169.254.169.254,         LINK_LOCAL
            fe80::1,                 LINK_LOCAL
            febf::1,                 LINK_LOCAL
            64:ff9b::a9fe:a9fe,      LINK_LOCAL
            2002:a9fe:a9fe::1,       LINK_LOCAL
            224.0.0.1,               MULTICAST
            239.255.255.250,         MULTICAST
            ff02::1,                 MULTICAST
            255.255.255.255,         RESERVED
            240.0.0.1,               RESERVED
            192.0.2.1,               RESERVED
            198.18.0.1,              RESERVED
            2001:db8::1,             RESERVED
            2001::1,                 RESERVED
            100::1,                  RESERVED
            ::7f00:1,                RESERVED
            """)
    void classifiesAddresses(String literal, AddressKind kind) throws UnknownHostException {
        assertThat(AddressClassifier.classify(InetAddress.getByName(literal))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            00000000000000000000ffff7f000001, LOOPBACK
            00000000000000000000ffff0a000001, PRIVATE
            00000000000000000000ffffa9fea9fe, LINK_LOCAL
            00000000000000000000ffff08080808, PUBLIC
            """)
    void looksIntoIpv4MappedBytes(String hex, AddressKind kind) {
        // InetAddress turns these into IPv4 addresses itself; the raw bytes must be judged the same way
        assertThat(AddressClassifier.classify(HexFormat.of().parseHex(hex))).isEqualTo(kind);
    }

    @Test
    void loopbackSwitchAllowsLoopbackOnly() {
        try (UrlGuard production = new UrlGuard(false); UrlGuard tests = new UrlGuard(true)) {
            assertThat(EnumSet.allOf(AddressKind.class)).filteredOn(production::allows)
                    .containsExactly(AddressKind.PUBLIC);
            assertThat(EnumSet.allOf(AddressKind.class)).filteredOn(tests::allows)
                    .containsExactly(AddressKind.PUBLIC, AddressKind.LOOPBACK);
        }
    }
}
