package nl.maatwerk.pgb.declaraties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.maatwerk.domain.Schematypen;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * {@link DeclaratieInlezingTest} on embedded PostgreSQL: staging with COPY into a temporary table, one streamed query
 * (fetch size, a portal) and the results with COPY between two fetches of that cursor.
 */
class DeclaratieInlezingPostgresTest extends DeclaratieInlezingTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Override
    Connection nieuweDatabase() throws Exception {
        String naam = "inlezing" + System.nanoTime();
        try (Connection beheer = postgres.getPostgresDatabase().getConnection(); Statement s = beheer.createStatement()) {
            s.execute("CREATE DATABASE " + naam);
        }
        String url = postgres.getJdbcUrl("postgres", naam);
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").placeholders(Schematypen.voor("PostgreSQL"))
                .load().migrate();
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
