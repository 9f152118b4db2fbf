@NullMarked
package org.claimdesk.notification.ui;

import org.jspecify.annotations.NullMarked;
