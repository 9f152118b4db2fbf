@NullMarked
package org.claimdesk.article.internal;

import org.jspecify.annotations.NullMarked;
