package de.laufzettel.database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Component;

/**
 * Runs reads together: their statements go to PostgreSQL in one message and come back in one
 * answer. Each round trip to the database costs both processes a wake-up, and on a small server
 * those wake-ups, not the reads, were most of the time it took to open a task (14 round trips for
 * 0.8 ms of database work). The driver sends several statements of one prepared statement as one
 * batch, each still prepared and planned once per connection.
 */
@Component
public class Reads {
    private final JdbcTemplate jdbc;
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

    Reads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new set of reads to run together. */
    public Together together() {
        return new Together();
    }

    /**
     * Runs the reads that {@code collect} adds, in one round trip, and gives what its supplier
     * makes of them: for a method that offers its reads to others and also runs them alone.
     */
    public <T> T run(java.util.function.Function<Together, Supplier<T>> collect) {
        Together together = together();
        Supplier<T> result = collect.apply(together);
        together.run();
        return result.get();
    }

    /** Reads collected with {@link #add}, then run at once with {@link #run}. */
    public final class Together {
        private final List<Read<?>> reads = new ArrayList<>();
        private Object[] results;

        private Together() {
        }

        /** Adds a read; its result can be had once {@link #run} has run. */
        public <T> Supplier<T> add(Read<T> read) {
            if (results != null) {
                throw new IllegalStateException("These reads have already run");
            }
            int index = reads.size();
            reads.add(read);
            return () -> {
                if (results == null) {
                    throw new IllegalStateException("These reads have not run yet");
                }
                @SuppressWarnings("unchecked")
                T result = (T) results[index];
                return result;
            };
        }

        /** Runs every read added, in one round trip (none when nothing was added); once. */
        public void run() {
            if (results != null) {
                throw new IllegalStateException("These reads have already run");
            }
            if (reads.isEmpty()) {
                results = new Object[0];
                return;
            }
            StringBuilder sql = new StringBuilder();
            List<Object> args = new ArrayList<>();
            for (Read<?> read : reads) {
                MapSqlParameterSource params = new MapSqlParameterSource(read.params());
                ParsedSql statement = parsed(read.sql());
                if (!sql.isEmpty()) {
                    sql.append(";\n");
                }
                sql.append(NamedParameterUtils.substituteNamedParameters(statement, params));
                args.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(statement, params, null)));
            }
            Object[] answers = new Object[reads.size()];
            jdbc.execute(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql.toString());
                new ArgumentPreparedStatementSetter(args.toArray()).setValues(statement);
                return statement;
            }, (PreparedStatement statement) -> {
                boolean rows = statement.execute();
                for (int i = 0; i < answers.length; i++) {
                    if (!rows) {
                        throw new IllegalStateException("Read " + (i + 1) + " of " + answers.length + " gave no rows: "
                                + reads.get(i).sql());
                    }
                    try (ResultSet result = statement.getResultSet()) {
                        answers[i] = reads.get(i).rows().extractData(result);
                    }
                    rows = statement.getMoreResults();
                }
                return null;
            });
            results = answers;
        }
    }

    private ParsedSql parsed(String sql) {
        ParsedSql known = parsed.get(sql);
        if (known == null) {
            // Statements are written in the code, so there are only so many; a safeguard anyway.
            if (parsed.size() > 1_000) {
                parsed.clear();
            }
            known = NamedParameterUtils.parseSqlStatement(sql);
            parsed.put(sql, known);
        }
        return known;
    }
}
