/** Insight's SQL: read-only queries over other modules' tables, for reporting (ADR 0009). */
@NullMarked
package org.claimdesk.insight.internal;

import org.jspecify.annotations.NullMarked;
