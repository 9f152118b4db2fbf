package org.claimdesk.fetch;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The safe fetcher would not, or could not, fetch a page. {@link #messageKey()} and {@link #detail()} let
 * the UI say why in the reader's language: {@code getTranslation(e.messageKey(), e.detail())}; {@link
 * #getMessage()} says it in English for logs.
 */
public class FetchRefusedException extends RuntimeException {

    /**
     * Why a fetch was refused. The message key is {@code fetch.refused.} plus the name in lower case with
     * dashes, e.g. {@code fetch.refused.address-not-allowed}; each takes the detail as <code>{0}</code>.
     */
    public enum Reason {
        /** Detail: the text that was given (shortened). */
        NOT_A_URL("This is not a web address: %s. Enter one that starts with http:// or https://."),
        /** Detail: the scheme, e.g. {@code file}. */
        SCHEME_NOT_ALLOWED("Only http:// and https:// addresses can be fetched; %s: addresses cannot."),
        /** User name or password in the URL; never sent anywhere. Detail: the host. */
        CREDENTIALS_IN_URL("Addresses with a user name or password cannot be fetched (%s). "
                + "Remove them from the address."),
        /** Detail: the URL. */
        NO_HOST("The address %s names no server."),
        /** DNS knows no such host. Detail: the host. */
        HOST_NOT_FOUND("The server %s could not be found. Check the address."),
        /** Loopback, private, link-local, multicast or other non-public address. Detail: host and address. */
        ADDRESS_NOT_ALLOWED("Pages on internal or reserved network addresses cannot be fetched: %s."),
        /** Detail: the most redirects followed. */
        TOO_MANY_REDIRECTS("The page redirected more than %s times."),
        /** Detail: the URL that answered with a redirect status. */
        REDIRECT_WITHOUT_LOCATION("The page at %s redirected without saying where to."),
        /** The whole fetch, redirects and body included, took too long. Detail: the limit in seconds. */
        TIMEOUT("The page did not arrive within %s seconds. Try again later."),
        /** Detail: the limit, e.g. {@code 5 MB}. */
        TOO_LARGE("The page is larger than %s."),
        /** Not HTML or plain text. Detail: the media type sent, or an empty string when none was. */
        CONTENT_TYPE_NOT_ALLOWED("Only HTML and plain-text pages can be fetched. "
                + "The server declared this one as \u201c%s\u201d."),
        /** Any status but 2xx or a redirect followed. Detail: the status code. */
        HTTP_ERROR("The server answered with status %s instead of the page."),
        /** Connecting, sending or receiving failed. Detail: the host. */
        CONNECTION_FAILED("The connection to %s failed. Try again later.");

        private final String englishPattern;

        Reason(String englishPattern) {
            this.englishPattern = englishPattern;
        }

        /** The translation key for this reason, e.g. {@code fetch.refused.not-a-url}. */
        public String messageKey() {
            return "fetch.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String detail;

    public FetchRefusedException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public FetchRefusedException(Reason reason, String detail, @Nullable Throwable cause) {
        super(reason.englishPattern.formatted(detail), cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What was refused: the address, the type, the status, the limit; see each {@link Reason}. */
    public String detail() {
        return detail;
    }

    /** The translation key, {@code fetch.refused.} plus the reason in lower case with dashes. */
    public String messageKey() {
        return reason.messageKey();
    }
}
