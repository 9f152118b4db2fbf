@NullMarked
package org.claimdesk.admin.ui;

import org.jspecify.annotations.NullMarked;
