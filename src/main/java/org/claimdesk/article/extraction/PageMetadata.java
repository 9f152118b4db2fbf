package org.claimdesk.article.extraction;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** What one source of metadata in a page (JSON-LD, OpenGraph, meta tags, the document) says; gaps are null. */
record PageMetadata(
        @Nullable String title,
        @Nullable String byline,
        @Nullable String siteName,
        @Nullable PublicationDate published,
        @Nullable String language,
        @Nullable URI canonicalUrl,
        @Nullable String excerpt) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null, null);

    /** Field by field, this source's value where it has one, else the fallback's. */
    PageMetadata or(PageMetadata fallback) {
        return new PageMetadata(
                title != null ? title : fallback.title,
                byline != null ? byline : fallback.byline,
                siteName != null ? siteName : fallback.siteName,
                published != null ? published : fallback.published,
                language != null ? language : fallback.language,
                canonicalUrl != null ? canonicalUrl : fallback.canonicalUrl,
                excerpt != null ? excerpt : fallback.excerpt);
    }
}
