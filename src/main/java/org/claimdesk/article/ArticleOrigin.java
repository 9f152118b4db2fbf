package org.claimdesk.article;

/** How an article came onto the desk. */
public enum ArticleOrigin {
    PASTED,
    UPLOADED,
    FETCHED,
    SEED
}
