package org.claimdesk.article;

/** Published in the correcting transaction when an article's text changed; anchors must follow. */
public record ArticleTextCorrected(long articleId, String previousText, String text) {
}
