@NullMarked
package org.claimdesk.insight.internal;

import org.jspecify.annotations.NullMarked;
