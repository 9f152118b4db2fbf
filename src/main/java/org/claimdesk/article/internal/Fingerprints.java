package org.claimdesk.article.internal;

import org.claimdesk.article.extraction.TextFingerprint;

/** The fingerprint that tells a re-import of the same text. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String sha256(String text) {
        return TextFingerprint.of(text).hex();
    }
}
