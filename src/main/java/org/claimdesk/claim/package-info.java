/** Claims: checkable statements, their appearances in articles, sources and verdicts. */
@NullMarked
package org.claimdesk.claim;

import org.jspecify.annotations.NullMarked;
