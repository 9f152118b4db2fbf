/**
 * The app shell every screen lives in: main layout and navigation, user menu with language and theme,
 * and the friendly error views.
 * Feature modules add navigation entries with {@code @Menu} on their views; the shell knows none of them.
 */
@NullMarked
package org.claimdesk.shell;

import org.jspecify.annotations.NullMarked;
