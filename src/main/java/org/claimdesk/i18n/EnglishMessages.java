package org.claimdesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's English texts for places without a person's locale: API error messages and e-mails. One
 * bundle for all, so a refusal reads the same in the app and over the API.
 */
public final class EnglishMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);

    private EnglishMessages() {
    }

    public static String get(String key, Object... arguments) {
        try {
            String pattern = BUNDLE.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException unknown) {
            return key;
        }
    }

    public static String of(TranslatableException refusal) {
        return get(refusal.messageKey(), refusal.arguments());
    }
}
