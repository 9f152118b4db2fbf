@NullMarked
package org.claimdesk.shell.internal;

import org.jspecify.annotations.NullMarked;
