package org.claimdesk.claim;

/**
 * Words selected in the article reader, as the browser reports them: paragraph index and character
 * offset within that paragraph, for where the selection starts and where it ends (exclusive).
 */
public record TextSelection(int startParagraph, int startOffset, int endParagraph, int endOffset) {
}
