package org.claimdesk.fetch;

/**
 * Fetches a web page on the server's behalf, guarded against server-side request forgery: only http(s),
 * only public internet addresses (checked again on every redirect), bounded in time and size, and only
 * text (HTML or plain text). Safe to share between threads.
 */
public interface SafeFetcher {

    /**
     * @param url an absolute http or https URL, as a person typed or pasted it
     * @return the page the URL leads to after following redirects, with its text decoded
     * @throws FetchRefusedException when the URL, an address it resolves to, the response or the time
     *     it takes breaks a rule; its {@link FetchRefusedException#messageKey()} says which
     */
    FetchedPage fetch(String url) throws FetchRefusedException;
}
