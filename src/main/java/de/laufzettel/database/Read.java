package de.laufzettel.database;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.beans.BeanUtils;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One read as a feature defines it: a statement with named parameters and what becomes of its
 * rows. It runs on its own ({@link #on}) or together with other reads in one round trip to
 * PostgreSQL ({@link Reads.Together}), so a page that needs many small reads waits for the database
 * once instead of once per read.
 */
public record Read<T>(String sql, Map<String, ?> params, ResultSetExtractor<T> rows) {

    /** Every row mapped. */
    public static <T> Read<List<T>> list(String sql, Map<String, ?> params, RowMapper<T> row) {
        return new Read<>(sql, params, new RowMapperResultSetExtractor<>(row));
    }

    /** Every row as a value (one column) or a record (columns by name), as {@link JdbcClient} maps them. */
    public static <T> Read<List<T>> list(String sql, Map<String, ?> params, Class<T> type) {
        return list(sql, params, mapperFor(type));
    }

    /** The one row there may be. */
    public static <T> Read<Optional<T>> optional(String sql, Map<String, ?> params, Class<T> type) {
        return list(sql, params, type).then(rows -> {
            if (rows.size() > 1) {
                throw new org.springframework.dao.IncorrectResultSizeDataAccessException(1, rows.size());
            }
            return rows.stream().findFirst();
        });
    }

    /** The same read with its result turned into something else. */
    public <R> Read<R> then(Function<? super T, ? extends R> change) {
        return new Read<>(sql, params, rs -> change.apply(rows.extractData(rs)));
    }

    /** Runs this read alone. */
    public T on(JdbcClient db) {
        return db.sql(sql).params(params).query(rows);
    }

    // A record's mapper looks at the record's constructor once; making it anew for every read cost
    // more than mapping the rows. Mappers hold no state between reads, so one per type serves all.
    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private static <T> RowMapper<T> mapperFor(Class<T> type) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(type, t -> BeanUtils.isSimpleProperty(t)
                ? new SingleColumnRowMapper<>(t) : new SimplePropertyRowMapper<>(t));
    }
}
