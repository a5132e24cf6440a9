package nl.maatwerk.domain;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The few column types H2 and PostgreSQL spell differently, as Flyway placeholders, so that one set of
 * migrations serves both: {@code ${binair}} (BLOB / BYTEA) and {@code ${tekst}} (CLOB / TEXT); and
 * {@code ${alleen_postgresql}} in front of a statement only PostgreSQL needs (on H2 it makes the line a comment).
 */
public final class Schematypen {

    private Schematypen() {
    }

    public static Map<String, String> voor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return voor(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Database niet bereikbaar voor de migraties: " + e.getMessage(), e);
        }
    }

    public static Map<String, String> voor(String databaseProduct) {
        boolean postgres = databaseProduct.toLowerCase(Locale.ROOT).contains("postgres");
        return Map.of("binair", postgres ? "BYTEA" : "BLOB", "tekst", postgres ? "TEXT" : "CLOB",
                "alleen_postgresql", postgres ? "" : "-- ");
    }
}
