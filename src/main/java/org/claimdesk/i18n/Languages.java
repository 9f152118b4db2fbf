package org.claimdesk.i18n;

import java.util.List;
import java.util.Locale;

/** The languages ClaimDesk speaks. The first is used when the browser asks for none of them. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Languages() {
    }

    public static Locale supportedOrDefault(String languageTag) {
        Locale wanted = Locale.forLanguageTag(languageTag);
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(SUPPORTED.getFirst());
    }
}
