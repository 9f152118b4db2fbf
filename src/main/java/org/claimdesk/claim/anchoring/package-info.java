/**
 * Anchoring a claim to the exact words of an article, after the W3C Web Annotation position and quote
 * selectors: making anchors from a reader's selection, finding them again after the article's text
 * changed, and laying out the highlights of the article reader.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units, end exclusive), the same units a
 * browser's DOM ranges use.
 */
@NullMarked
package org.claimdesk.claim.anchoring;

import org.jspecify.annotations.NullMarked;
