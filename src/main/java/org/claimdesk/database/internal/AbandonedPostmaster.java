package org.claimdesk.database.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that outlived the ClaimDesk that started it (the JVM was killed, or the machine
 * ran out of memory) still holds the data directory, and a new start would fail. When no running
 * ClaimDesk holds zonky's lock on the directory, such a server is abandoned: stop it first.
 */
final class AbandonedPostmaster {

    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(AbandonedPostmaster.class);

    private AbandonedPostmaster() {
    }

    static void stopIfAny(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel lockChannel = FileChannel.open(dataDirectory.resolve(ZONKY_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel)) {
            if (lock == null) {
                return; // a live ClaimDesk owns the directory; the start will say so
            }
            postmaster(pidFile).ifPresent(AbandonedPostmaster::stop);
        } catch (IOException e) {
            log.debug("Could not check {} for an abandoned PostgreSQL", dataDirectory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisJvm) {
            return null;
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn("Stopping the embedded PostgreSQL (pid {}) that an earlier ClaimDesk left running", postmaster.pid());
        postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown, which has no clients left to wait for
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notYet) {
            log.warn("PostgreSQL (pid {}) did not stop within {} s; killing it", postmaster.pid(),
                    SHUTDOWN_WAIT.toSeconds());
            postmaster.destroyForcibly();
        }
    }
}
