package org.camelsonar.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The store a cluster shares: an embedded PostgreSQL with Camel's {@code CAMEL_MESSAGEPROCESSED} table (primary key on
 * processor name and message id, so that an {@code add} is atomic across instances), reached through a connection
 * pool per instance, each wrapped in a {@link CountingDataSource}. Also reads the CPU time of the PostgreSQL processes, which run
 * outside the measured JVM.
 */
final class PostgresStore implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final HikariDataSource admin;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final List<CountingDataSource> counted = new ArrayList<>();
    private final long postmasterPid;

    PostgresStore() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        admin = pool(1);
        try (Connection db = admin.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL,"
                        + " messageId VARCHAR(100) NOT NULL, createdAt TIMESTAMP,"
                        + " PRIMARY KEY (processorName, messageId))");
            try (ResultSet pid = sql.executeQuery("SELECT pg_backend_pid()")) {
                pid.next();
                // a backend's parent is the postmaster, whose children are every PostgreSQL process
                postmasterPid = ProcessHandle.of(pid.getLong(1)).flatMap(ProcessHandle::parent)
                        .map(ProcessHandle::pid).orElse(-1L);
            }
        }
    }

    /** A connection pool of its own, as each instance of a cluster has; counted with the others. */
    DataSource newPool(int size) {
        HikariDataSource pool = pool(size);
        pools.add(pool);
        CountingDataSource counting = new CountingDataSource(pool);
        counted.add(counting);
        return counting;
    }

    private HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size); // every backend process exists before the first measured run
        return new HikariDataSource(config);
    }

    /** Statements executed through every pool so far. */
    long statements() {
        return counted.stream().mapToLong(CountingDataSource::statements).sum();
    }

    /** Commits and rollbacks through every pool so far. */
    long transactions() {
        return counted.stream().mapToLong(CountingDataSource::transactions).sum();
    }

    /** CPU time of the postmaster and all its processes so far, or -1 when the OS does not tell. */
    long cpuNanos() {
        Optional<ProcessHandle> postmaster = ProcessHandle.of(postmasterPid);
        if (postmaster.isEmpty()) {
            return -1;
        }
        long total = cpu(postmaster.get());
        for (ProcessHandle child : postmaster.get().descendants().toList()) {
            total += cpu(child);
        }
        return total;
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** The server's version, e.g. {@code PostgreSQL 14.10}. */
    String version() throws Exception {
        try (Connection db = admin.getConnection(); Statement sql = db.createStatement();
             ResultSet version = sql.executeQuery("SHOW server_version")) {
            version.next();
            return "PostgreSQL " + version.getString(1).split(" ")[0];
        }
    }

    /** Forget every remembered id (between measured runs, so that each starts from the same table size). */
    void clear() throws Exception {
        try (Connection db = admin.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("TRUNCATE CAMEL_MESSAGEPROCESSED");
            sql.execute("VACUUM ANALYZE CAMEL_MESSAGEPROCESSED");
        }
    }

    long rows(String processorName) throws Exception {
        try (Connection db = admin.getConnection(); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("SELECT count(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = '"
                                                + processorName + "'")) {
            count.next();
            return count.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        pools.forEach(HikariDataSource::close);
        admin.close();
        postgres.close();
    }
}
