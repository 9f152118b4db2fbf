/** Administration: users, the rating scale and settings. */
@NullMarked
package org.claimdesk.admin;

import org.jspecify.annotations.NullMarked;
