package org.claimdesk.claim;

/** How a source bears on a claim. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}
