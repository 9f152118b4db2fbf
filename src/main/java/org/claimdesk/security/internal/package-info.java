@NullMarked
package org.claimdesk.security.internal;

import org.jspecify.annotations.NullMarked;
