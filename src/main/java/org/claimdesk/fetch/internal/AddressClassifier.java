package org.claimdesk.fetch.internal;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Sorts IP addresses by the IANA special-purpose registries, by their bytes rather than by {@code
 * InetAddress.isXxx()}, which misses carrier-grade NAT, unique-local IPv6, broadcast and IPv4 addresses
 * hidden inside IPv6 ones (IPv4-mapped, NAT64, 6to4).
 */
final class AddressClassifier {

    private static final List<Block> IPV4 = List.of(
            Block.of(AddressKind.UNSPECIFIED, 8, 0, 0, 0, 0),
            Block.of(AddressKind.PRIVATE, 8, 10, 0, 0, 0),
            Block.of(AddressKind.SHARED, 10, 100, 64, 0, 0),
            Block.of(AddressKind.LOOPBACK, 8, 127, 0, 0, 0),
            Block.of(AddressKind.LINK_LOCAL, 16, 169, 254, 0, 0),
            Block.of(AddressKind.PRIVATE, 12, 172, 16, 0, 0),
            Block.of(AddressKind.RESERVED, 24, 192, 0, 0, 0), // IETF protocol assignments
            Block.of(AddressKind.RESERVED, 24, 192, 0, 2, 0), // documentation
            Block.of(AddressKind.RESERVED, 24, 192, 88, 99, 0), // 6to4 relay anycast
            Block.of(AddressKind.PRIVATE, 16, 192, 168, 0, 0),
            Block.of(AddressKind.RESERVED, 15, 198, 18, 0, 0), // benchmarking
            Block.of(AddressKind.RESERVED, 24, 198, 51, 100, 0), // documentation
            Block.of(AddressKind.RESERVED, 24, 203, 0, 113, 0), // documentation
            Block.of(AddressKind.MULTICAST, 4, 224, 0, 0, 0),
            Block.of(AddressKind.RESERVED, 4, 240, 0, 0, 0)); // future use and 255.255.255.255

    private static final List<Block> IPV6 = List.of(
            Block.of(AddressKind.UNSPECIFIED, 128, new int[16]),
            Block.of(AddressKind.LOOPBACK, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
            Block.of(AddressKind.RESERVED, 96, new int[16]), // deprecated IPv4-compatible
            Block.of(AddressKind.RESERVED, 48, 0, 0x64, 0xff, 0x9b, 0, 1), // local-use NAT64
            Block.of(AddressKind.RESERVED, 64, 1, 0), // discard-only
            Block.of(AddressKind.RESERVED, 32, 0x20, 0x01, 0, 0), // Teredo: tunnels to any IPv4 address
            Block.of(AddressKind.RESERVED, 32, 0x20, 0x01, 0x0d, 0xb8), // documentation
            Block.of(AddressKind.PRIVATE, 7, 0xfc),
            Block.of(AddressKind.LINK_LOCAL, 10, 0xfe, 0x80),
            Block.of(AddressKind.PRIVATE, 10, 0xfe, 0xc0),
            Block.of(AddressKind.MULTICAST, 8, 0xff));

    private static final Block IPV4_MAPPED = Block.of(AddressKind.RESERVED, 96,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff);
    private static final Block NAT64 = Block.of(AddressKind.RESERVED, 96, 0, 0x64, 0xff, 0x9b);
    private static final Block SIX_TO_FOUR = Block.of(AddressKind.RESERVED, 16, 0x20, 0x02);

    private AddressClassifier() {
    }

    static AddressKind classify(InetAddress address) {
        return classify(address.getAddress());
    }

    static AddressKind classify(byte[] address) {
        if (address.length == 4) {
            return kindIn(IPV4, address);
        }
        if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
            return classify(Arrays.copyOfRange(address, 12, 16));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return classify(Arrays.copyOfRange(address, 2, 6));
        }
        return kindIn(IPV6, address);
    }

    private static AddressKind kindIn(List<Block> blocks, byte[] address) {
        return blocks.stream()
                .filter(block -> block.contains(address))
                .findFirst()
                .map(Block::kind)
                .orElse(AddressKind.PUBLIC);
    }

    /** A CIDR block: the first {@code bits} bits of {@code prefix}. */
    private record Block(AddressKind kind, int bits, byte[] prefix) {

        static Block of(AddressKind kind, int bits, int... leadingBytes) {
            byte[] prefix = new byte[(bits + 7) / 8];
            for (int i = 0; i < leadingBytes.length && i < prefix.length; i++) {
                prefix[i] = (byte) leadingBytes[i];
            }
            return new Block(kind, bits, prefix);
        }

        boolean contains(byte[] address) {
            if (prefix.length > address.length) {
                return false;
            }
            int fullBytes = bits / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int restBits = bits % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = (0xff << (8 - restBits)) & 0xff;
            return (address[fullBytes] & mask) == (prefix[fullBytes] & mask);
        }
    }
}
