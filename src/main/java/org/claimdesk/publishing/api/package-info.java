/**
 * The REST API under {@code /api/v1}: read endpoints with the queues' filters, and write endpoints through
 * which a newsroom's CMS or an aggregator pushes articles in. Authenticated by personal access token (see
 * the security module); errors are RFC 9457 problem details.
 */
@NullMarked
package org.claimdesk.publishing.api;

import org.jspecify.annotations.NullMarked;
