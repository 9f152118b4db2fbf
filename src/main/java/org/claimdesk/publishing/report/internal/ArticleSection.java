package org.claimdesk.publishing.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article's claims within a PDF chunk. An article with more claims than a chunk holds goes on in the
 * next chunk as a continued section, which has no entry of its own in the table of contents.
 */
final class ArticleSection {

    private final int contentsIndex;
    private final String title;
    private final @Nullable String url;
    private final boolean continued;
    private final List<ReportClaim> claims = new ArrayList<>();

    ArticleSection(int contentsIndex, String title, @Nullable String url, boolean continued) {
        this.contentsIndex = contentsIndex;
        this.title = title;
        this.url = url;
        this.continued = continued;
    }

    int contentsIndex() {
        return contentsIndex;
    }

    String title() {
        return title;
    }

    @Nullable String url() {
        return url;
    }

    boolean continued() {
        return continued;
    }

    List<ReportClaim> claims() {
        return claims;
    }

    /** The id of the section's heading, which the table of contents finds its page by. */
    String anchor() {
        return "article-" + contentsIndex;
    }
}
