@NullMarked
package org.claimdesk.notification.internal;

import org.jspecify.annotations.NullMarked;
