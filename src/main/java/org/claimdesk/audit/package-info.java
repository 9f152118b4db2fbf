/**
 * The audit trail: every module writes its changes here, in the same transaction as the change, with
 * who, when, what and the values before and after. Append-only at the database level. Knows no other
 * module: entities are named by type and public id.
 */
@NullMarked
package org.claimdesk.audit;

import org.jspecify.annotations.NullMarked;
