package org.camelsonar.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Counts what the idempotent repositories ask of the database: every statement executed ({@code execute*} on a
 * {@link Statement} or {@link java.sql.PreparedStatement}) and every {@code commit} or {@code rollback}, each a round
 * trip to PostgreSQL. Wraps the connection pool; everything else goes straight through.
 */
final class CountingDataSource implements DataSource {

    private final DataSource target;
    private final LongAdder statements = new LongAdder();
    private final LongAdder transactions = new LongAdder();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    long statements() {
        return statements.sum();
    }

    /** Commits and rollbacks. */
    long transactions() {
        return transactions.sum();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(target.getConnection(username, password));
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (method, result) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback")) {
                transactions.increment();
            }
            if (result instanceof Statement statement && (name.startsWith("prepare") || name.equals("createStatement"))) {
                return proxy(method.getReturnType(), statement, (m, r) -> {
                    if (m.getName().startsWith("execute")) {
                        statements.increment();
                    }
                    return r;
                });
            }
            return result;
        });
    }

    /** After each call on {@code target}, {@code after} sees the method and its result and may replace the result. */
    private static <T> T proxy(Class<T> type, Object target, After after) {
        InvocationHandler handler = (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, result);
        };
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type },
                handler));
    }

    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object result);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
