package se.pejl.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The Pejl database ({@code <data>/db}) opened by the benchmark's own Derby, never while a framework
 * has it open: embedded Derby lets one engine boot a database at a time. {@link #close()} shuts the
 * database down (not the Derby engine), so that the framework's Derby can boot it next.
 */
final class Derby implements AutoCloseable {
    /** Derby answers a successful database shutdown with this SQL state. */
    private static final String SHUTDOWN_OK = "08006";

    private final String databaseName;
    private final Connection connection;

    private Derby(String databaseName, Connection connection) {
        this.databaseName = databaseName;
        this.connection = connection;
    }

    static Derby open(Path dataDir) throws SQLException {
        String name = dataDir.resolve("db").toAbsolutePath().toString();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        return new Derby(name, ds.getConnection());
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback(); // Derby refuses to close a connection inside a transaction
        }
        connection.close();
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(databaseName);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                throw e;
            }
            return;
        }
        throw new IllegalStateException("Derby did not confirm the shutdown of " + databaseName);
    }
}
