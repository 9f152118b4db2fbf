/**
 * Publishing: reports, ClaimReview out and in, public pages and the API.
 */
@NullMarked
package org.claimdesk.publishing;

import org.jspecify.annotations.NullMarked;
