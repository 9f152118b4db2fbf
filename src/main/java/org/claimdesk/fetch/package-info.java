/**
 * The one way ClaimDesk reads a page from the web, for article import and source archiving alike.
 * Other modules use {@link org.claimdesk.fetch.SafeFetcher}; it refuses anything that could reach into
 * our own network (SSRF) or swamp the server, with a {@link org.claimdesk.fetch.FetchRefusedException}
 * the UI can translate. How it does so stays in {@code internal}.
 */
@NullMarked
package org.claimdesk.fetch;

import org.jspecify.annotations.NullMarked;
