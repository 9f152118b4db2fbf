package org.claimdesk.publishing.report;

/** Hears how far a report has got: claims written so far out of the scope's total. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (written, total) -> {
    };

    void progressed(long written, long total);
}
