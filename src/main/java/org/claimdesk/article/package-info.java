/**
 * Articles: news items imported for checking (pasted text, an uploaded file or a fetched URL), stored as
 * cleaned plain text with their metadata and a hash of the text. The claim module anchors claims in
 * that text; it learns of new and corrected texts through {@link org.claimdesk.article.ArticleImported}
 * and {@link org.claimdesk.article.ArticleTextCorrected}.
 */
@NullMarked
package org.claimdesk.article;

import org.jspecify.annotations.NullMarked;
