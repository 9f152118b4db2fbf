@NullMarked
package org.claimdesk.security.ui;

import org.jspecify.annotations.NullMarked;
