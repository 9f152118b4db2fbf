/**
 * Claims: checkable statements, each anchored where it appears in articles, with the sources that
 * bear on it, the verdict proposed for it on the desk's rating scale, and the sentences suggested as
 * check-worthy. Depends on the article module for the texts it anchors in.
 */
@NullMarked
package org.claimdesk.claim;

import org.jspecify.annotations.NullMarked;
