package io.bora.store.jdbc;

import io.bora.engine.port.CompletionHooks;
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
    private final boolean combineStatements;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final ThreadLocal<DeferredWrites> deferred = new ThreadLocal<>();
    private final ThreadLocal<CompletionHooks> hooks = new ThreadLocal<>();

    public JdbcTransactions(DataSource dataSource) {
        this(dataSource, false);
    }

    /** @param combineStatements the driver runs several statements in one prepared statement (DeferredWrites, Sql#queryAll) */
    public JdbcTransactions(DataSource dataSource, boolean combineStatements) {
        this.dataSource = dataSource;
        this.combineStatements = combineStatements;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (bound.get() != null) return work.get();
        CompletionHooks completion = new CompletionHooks();
        T result;
        try {
            result = commitOrRollBack(work, completion);
        } catch (RuntimeException | Error failure) {
            try {
                completion.rolledBack();
            } catch (RuntimeException hookFailure) {
                failure.addSuppressed(hookFailure);
            }
            throw failure;
        }
        completion.committed();
        return result;
    }

    private <T> T commitOrRollBack(Supplier<T> work, CompletionHooks completion) {
        Connection connection = borrow();
        try {
            connection.setAutoCommit(false);
            DeferredWrites writes = new DeferredWrites(combineStatements);
            bound.set(connection);
            deferred.set(writes);
            hooks.set(completion);
            T result;
            try {
                result = work.get();
                writes.flush(connection);
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
            deferred.remove();
            hooks.remove();
            closeQuietly(connection);
        }
    }

    @Override
    public void afterCompletion(Runnable committed, Runnable rolledBack) {
        CompletionHooks current = hooks.get();
        if (current == null) throw new IllegalStateException("afterCompletion outside a transaction");
        current.add(committed, rolledBack);
    }

    /** Whether the driver runs several statements, with parameters, as one prepared statement. */
    boolean combinesStatements() {
        return combineStatements;
    }

    /** True when the calling thread is inside {@link #inTransaction}. */
    public boolean active() {
        return bound.get() != null;
    }

    /**
     * Holds back a write whose row count is not needed, if the thread is in a transaction: it is
     * sent with the others before the transaction's next statement or its commit (so reads still
     * see it). Returns false outside a transaction, where the caller runs it now.
     */
    boolean holdBack(String sql, Object[] params) {
        DeferredWrites writes = deferred.get();
        if (writes == null) return false;
        writes.add(sql, params);
        return true;
    }

    /** Runs work on the thread's transaction (after its held-back writes), or on an auto-commit connection of its own. */
    <T> T withConnection(ConnectionWork<T> work) {
        Connection current = bound.get();
        try {
            if (current != null) {
                deferred.get().flush(current);
                return work.apply(current);
            }
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
