package org.claimdesk.article;

/** Published in the importing transaction when a new article has been stored. */
public record ArticleImported(long articleId) {
}
