@NullMarked
package org.claimdesk.article.ui;

import org.jspecify.annotations.NullMarked;
