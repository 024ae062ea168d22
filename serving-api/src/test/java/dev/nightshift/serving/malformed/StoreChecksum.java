package dev.nightshift.serving.malformed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;

/** A SHA-256 of every row of every table of a database, independent of row order. */
public final class StoreChecksum {
  private StoreChecksum() {}

  public static String of(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      TreeMap<String, String> tables = new TreeMap<>();
      try (ResultSet rs =
          connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema == null
              || (!schema.equalsIgnoreCase("INFORMATION_SCHEMA")
                  && !schema.equalsIgnoreCase("pg_catalog"))) {
            String name =
                (schema == null ? "" : "\"" + schema + "\".") + "\"" + rs.getString("TABLE_NAME") + "\"";
            tables.put(name, "");
          }
        }
      }
      MessageDigest digest = sha256();
      for (String table : tables.keySet()) {
        digest.update(table.getBytes(StandardCharsets.UTF_8));
        rows(connection, table).forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
      }
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private static List<String> rows(Connection connection, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(text(rs.getObject(i))).append('\u0001');
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  private static String text(Object value) throws SQLException {
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (value instanceof Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return String.valueOf(value);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
