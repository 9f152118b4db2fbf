/**
 * ClaimDesk: fact-check and claim tracking for newsroom fact-checkers. Each direct sub-package is an
 * application module; see {@code docs/adr/0002-modules.md}.
 */
@NullMarked
package org.claimdesk;

import org.jspecify.annotations.NullMarked;
