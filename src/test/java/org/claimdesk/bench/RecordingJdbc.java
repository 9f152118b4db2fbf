package org.claimdesk.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For benchmarks that time a repository's call against its SQL alone: a JdbcClient that notes the SQL and the
 * named parameters of each statement before it runs it on the real database, so that the raw statement is exactly
 * the app's.
 */
final class RecordingJdbc {

    private RecordingJdbc() {
    }

    /** The SQL and parameters of the last statement the recording client ran. */
    static final class Recorded {
        String sql;
        SqlParameterSource params;
    }

    /** One statement with its values. */
    record Statement(String sql, SqlParameterSource params) {
    }

    static JdbcClient client(DataSource dataSource, Recorded recorded) {
        return JdbcClient.create(recording(NamedParameterJdbcOperations.class, new NamedParameterJdbcTemplate(dataSource),
                recorded));
    }

    /** Runs the statement alone and reads every column of every row, as little mapping as can be. */
    static Object run(JdbcClient jdbc, Statement statement) {
        jdbc.sql(statement.sql()).paramSource(statement.params()).query((RowCallbackHandler) rs -> {
            int columns = rs.getMetaData().getColumnCount();
            for (int column = 1; column <= columns; column++) {
                rs.getObject(column);
            }
        });
        return null;
    }

    /** Appends the statement, its values and its {@code EXPLAIN (ANALYZE, BUFFERS)} for these values. */
    static void explain(JdbcClient jdbc, StringBuilder out, String sql, SqlParameterSource params) {
        out.append(sql.strip()).append('\n');
        if (params.getParameterNames() != null) {
            for (String name : params.getParameterNames()) {
                out.append("    :").append(name).append(" = ").append(params.getValue(name)).append('\n');
            }
        }
        out.append("-- EXPLAIN (ANALYZE, BUFFERS):\n");
        jdbc.sql("explain (analyze, buffers) " + sql).paramSource(params).query(String.class).list()
                .forEach(line -> out.append(line).append('\n'));
    }

    @SuppressWarnings("unchecked")
    private static <T> T recording(Class<T> type, T real, Recorded recorded) {
        return (T) Proxy.newProxyInstance(RecordingJdbc.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (args != null && args.length >= 1 && args[0] instanceof String sql) {
                        recorded.sql = sql;
                        recorded.params = args.length >= 2 && args[1] instanceof SqlParameterSource params
                                ? params : new MapSqlParameterSource();
                    }
                    try {
                        Object result = method.invoke(real, args);
                        return result instanceof JdbcOperations classic && !(result instanceof Proxy)
                                ? recording(JdbcOperations.class, classic, recorded) : result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
