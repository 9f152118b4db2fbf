@NullMarked
package org.claimdesk.insight.ui;

import org.jspecify.annotations.NullMarked;
