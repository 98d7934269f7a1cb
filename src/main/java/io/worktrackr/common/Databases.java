package io.worktrackr.common;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which of the two databases this is. One set of SQL serves both; where PostgreSQL offers a cheaper statement (a
 * {@code RETURNING}, a data-modifying {@code WITH}, {@code FOR UPDATE OF}), the few places that use it ask here once.
 */
public final class Databases {

    private Databases() {}

    public static boolean isPostgresql(DataSource dataSource) {
        try {
            return "PostgreSQL"
                    .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
