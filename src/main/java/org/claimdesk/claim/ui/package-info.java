@NullMarked
package org.claimdesk.claim.ui;

import org.jspecify.annotations.NullMarked;
