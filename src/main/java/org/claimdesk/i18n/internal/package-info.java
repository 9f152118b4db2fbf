@NullMarked
package org.claimdesk.i18n.internal;

import org.jspecify.annotations.NullMarked;
