/** Articles: news items imported for checking, with their cleaned text and metadata. */
@NullMarked
package org.claimdesk.article;

import org.jspecify.annotations.NullMarked;
