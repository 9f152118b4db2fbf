@NullMarked
package org.claimdesk.database.internal;

import org.jspecify.annotations.NullMarked;
