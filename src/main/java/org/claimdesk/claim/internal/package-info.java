@NullMarked
package org.claimdesk.claim.internal;

import org.jspecify.annotations.NullMarked;
