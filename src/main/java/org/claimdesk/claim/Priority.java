package org.claimdesk.claim;

/** How urgently a claim needs checking. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
