/**
 * The languages ClaimDesk speaks (English, German) and how values appear in them. All UI text goes
 * through Vaadin's {@code I18NProvider}, backed by {@code vaadin-i18n/translations*.properties}.
 */
@NullMarked
package org.claimdesk.i18n;

import org.jspecify.annotations.NullMarked;
