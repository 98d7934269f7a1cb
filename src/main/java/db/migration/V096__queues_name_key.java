package db.migration;

import io.worktrackr.common.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Queue names unique in the database as people read them: a column {@code name_key} holding {@link Text#nameKey}
 * of the name (NFKC, joiners and zero-widths removed, case folded) and a unique index on (organisation, key), so
 * two admins creating "General" and "general" at once cannot both succeed. Java, not SQL: the key is the
 * application's normalisation, which neither database's SQL reproduces exactly. Backfill: queues made before the
 * names were checked this way may already clash; the oldest keeps the plain key, each later one gets its key
 * followed by its id (so it stays unique) until an admin renames it.
 */
public class V096__queues_name_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            // NFKC may lengthen a name of 100 characters (one ligature can become many letters)
            s.execute("ALTER TABLE queues ADD COLUMN name_key VARCHAR(1000)");
        }
        Set<String> taken = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, organisation_id, name FROM queues ORDER BY created_at, id");
                PreparedStatement update = c.prepareStatement("UPDATE queues SET name_key = ? WHERE id = ?")) {
            while (rs.next()) {
                String key = Text.nameKey(rs.getString("name"));
                if (!taken.add(rs.getString("organisation_id") + "\n" + key)) {
                    key = key + " " + rs.getString("id");
                }
                update.setString(1, key);
                update.setObject(2, rs.getObject("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE queues ALTER COLUMN name_key SET NOT NULL");
            s.execute("CREATE UNIQUE INDEX queues_name_key_unique ON queues (organisation_id, name_key)");
        }
    }
}
