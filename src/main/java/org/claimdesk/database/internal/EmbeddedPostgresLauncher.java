package org.claimdesk.database.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL 18 on a persistent data directory and makes sure the application's
 * database exists. zonky's own default, a throw-away temp directory, is kept for tests only.
 */
final class EmbeddedPostgresLauncher {

    static final String DATABASE = "claimdesk";
    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

    private EmbeddedPostgresLauncher() {
    }

    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(properties.port())
                // zonky turns both off for speed in tests (synchronous_commit in its settings, fsync with the
                // postmaster's -F, which a later -c overrides); a reviewer's last commits must survive a crash of
                // the machine, and benchmarks should pay for a durable commit as production does (bench/audit.md)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on");
        String where;
        if (properties.ephemeral()) {
            where = "a temporary directory";
        } else {
            Path directory = prepareDirectory(properties.directory());
            AbandonedPostmaster.stopIfAny(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            where = directory.toString();
        }
        EmbeddedPostgres postgres = startPostgres(builder, where);
        createDatabaseIfMissing(postgres);
        log.info("Embedded PostgreSQL 18 on port {} with its data in {}", postgres.getPort(), where);
        return postgres;
    }

    private static Path prepareDirectory(Path configured) {
        Path directory = configured.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            throw notUsable(directory.toString(), "cannot be created (" + e + ")", e);
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw notUsable(directory.toString(), "is not a writable directory", null);
        }
        return directory;
    }

    private static EmbeddedPostgres startPostgres(EmbeddedPostgres.Builder builder, String where) {
        try {
            return builder.start();
        } catch (IllegalStateException e) {
            if (!isLockConflict(e)) {
                throw notUsable(where, "could not be used to start PostgreSQL (" + rootMessage(e) + ")", e);
            }
            throw new DatabaseStartupException(
                    "The embedded PostgreSQL data directory " + where + " is already used by another running ClaimDesk.",
                    "Stop the other instance, or give this one its own directory with CLAIMDESK_EMBEDDEDDB_DIRECTORY.",
                    e);
        } catch (IOException | RuntimeException e) {
            throw notUsable(where, "could not be used to start PostgreSQL (" + rootMessage(e) + ")", e);
        }
    }

    /** zonky locks the data directory; a second instance on the same directory fails to get that lock. */
    private static boolean isLockConflict(IllegalStateException e) {
        return e instanceof OverlappingFileLockException
                || String.valueOf(e.getMessage()).startsWith("could not lock");
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new DatabaseStartupException(
                    "The embedded PostgreSQL started but the database '" + DATABASE + "' could not be created: "
                            + e.getMessage(),
                    "Check the PostgreSQL log in the data directory.", e);
        }
    }

    private static DatabaseStartupException notUsable(String where, String problem, Throwable cause) {
        return new DatabaseStartupException(
                "The embedded PostgreSQL data directory " + where + " " + problem + ".",
                "Make sure the directory is writable by this user and not used by another PostgreSQL, "
                        + "or point CLAIMDESK_EMBEDDEDDB_DIRECTORY at another directory.",
                cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
