package io.bora.store.jdbc;

import io.bora.engine.port.Transactions;
import io.bora.store.StoreException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Thread-bound transactions. The outermost {@link #inTransaction} borrows a connection, binds it
 * to the thread and commits when the work returns; nested calls run in it. Repository calls
 * outside a transaction get a connection in auto-commit mode for one statement group.
 */
public final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (bound.get() != null) return work.get();
        Connection connection = borrow();
        try {
            connection.setAutoCommit(false);
            bound.set(connection);
            T result;
            try {
                result = work.get();
            } catch (Throwable failure) {
                rollbackQuietly(connection, failure);
                throw failure;
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            throw Sql.translate("commit", e);
        } finally {
            bound.remove();
            closeQuietly(connection);
        }
    }

    /** True when the calling thread is inside {@link #inTransaction}. */
    public boolean active() {
        return bound.get() != null;
    }

    /** Runs work on the thread's transaction, or on an auto-commit connection of its own. */
    <T> T withConnection(ConnectionWork<T> work) {
        Connection current = bound.get();
        try {
            if (current != null) return work.apply(current);
            try (Connection own = borrow()) {
                return work.apply(own);
            }
        } catch (SQLException e) {
            throw Sql.translate("statement", e);
        }
    }

    private Connection borrow() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Cannot get a database connection: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The pool discards a connection it cannot reset; nothing more to do here.
        }
    }

    @FunctionalInterface
    interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
