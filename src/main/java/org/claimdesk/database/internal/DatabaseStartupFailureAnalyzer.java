package org.claimdesk.database.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database start-up fault into Spring Boot's short "APPLICATION FAILED TO START" report. */
class DatabaseStartupFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
