package org.claimdesk.fetch.internal;

/** Which kind of network an IP address belongs to; only {@link #PUBLIC} may be fetched from. */
enum AddressKind {
    /** A globally routed internet address. */
    PUBLIC,
    /** 127.0.0.0/8 and ::1: this machine. */
    LOOPBACK,
    /** 0.0.0.0/8 and ::, which reach this machine too on Linux. */
    UNSPECIFIED,
    /** 10/8, 172.16/12, 192.168/16, fc00::/7 unique-local and the old fec0::/10 site-local. */
    PRIVATE,
    /** 100.64/10, carrier-grade NAT: a provider's internal network. */
    SHARED,
    /** 169.254/16 (cloud metadata at 169.254.169.254) and fe80::/10. */
    LINK_LOCAL,
    /** 224/4 and ff00::/8. */
    MULTICAST,
    /** Broadcast, future use, documentation, benchmarking, tunnels and other special-purpose ranges. */
    RESERVED
}
