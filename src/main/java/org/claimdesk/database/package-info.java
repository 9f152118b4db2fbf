/**
 * Where ClaimDesk's data lives: an embedded PostgreSQL 18 with a persistent data directory when no
 * {@code SPRING_DATASOURCE_URL} is configured (demo mode), otherwise the external PostgreSQL it names.
 * Start-up faults of either become one clear message instead of a stack trace.
 */
@NullMarked
package org.claimdesk.database;

import org.jspecify.annotations.NullMarked;
