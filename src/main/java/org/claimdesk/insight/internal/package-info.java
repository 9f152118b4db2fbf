/**
 * Insight's SQL: read-only queries over other modules' tables, for reporting (ADR 0009) and search
 * (docs/adr/0011-full-text-search.md).
 */
@NullMarked
package org.claimdesk.insight.internal;

import org.jspecify.annotations.NullMarked;
