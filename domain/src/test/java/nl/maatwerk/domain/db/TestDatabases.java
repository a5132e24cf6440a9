package nl.maatwerk.domain.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import nl.maatwerk.domain.Schematypen;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The two databases Maatwerk supports, for tests outside the server: H2 in the same mode as the
 * embedded default, and a real PostgreSQL started from Maven Central binaries. Each call gives a
 * fresh, migrated database and a RESOURCE_LOCAL persistence unit over the same entity classes.
 */
public enum TestDatabases {
    H2, POSTGRESQL;

    private static EmbeddedPostgres postgres;

    public record Verbinding(String url, String gebruiker, String wachtwoord) {
    }

    public Verbinding nieuweDatabase() {
        return switch (this) {
            case H2 -> new Verbinding("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRESQL -> nieuwePostgresDatabase();
        };
    }

    public Flyway flyway(Verbinding v) {
        return Flyway.configure().dataSource(v.url(), v.gebruiker(), v.wachtwoord())
                .locations("classpath:db/migration")
                .placeholders(Schematypen.voor(this == H2 ? "H2" : "PostgreSQL"))
                .load();
    }

    public EntityManagerFactory gemigreerdePersistenceUnit() {
        Verbinding v = nieuweDatabase();
        flyway(v).migrate();
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.url", v.url());
        p.put("jakarta.persistence.jdbc.user", v.gebruiker());
        p.put("jakarta.persistence.jdbc.password", v.wachtwoord());
        p.put("jakarta.persistence.jdbc.driver", this == H2 ? "org.h2.Driver" : "org.postgresql.Driver");
        p.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("maatwerk", p);
    }

    private static synchronized Verbinding nieuwePostgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            }
            String naam = "t" + UUID.randomUUID().toString().replace("-", "");
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create database " + naam);
            }
            return new Verbinding(postgres.getJdbcUrl("postgres", naam), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
