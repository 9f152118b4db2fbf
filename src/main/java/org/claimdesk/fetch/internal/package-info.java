@NullMarked
package org.claimdesk.fetch.internal;

import org.jspecify.annotations.NullMarked;
