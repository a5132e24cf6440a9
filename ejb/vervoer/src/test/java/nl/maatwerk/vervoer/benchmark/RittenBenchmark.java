package nl.maatwerk.vervoer.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import nl.maatwerk.domain.Schematypen;
import nl.maatwerk.domain.vervoer.RittenOpslag;
import nl.maatwerk.domain.vervoer.VervoerQueries;
import nl.maatwerk.vervoer.regels.Budgetstand;
import nl.maatwerk.vervoer.ritten.RittenLezer;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark (not a test): imports N trips (default 1,000,000) for P passes (default 20,000) on an embedded
 * PostgreSQL through the same code the server uses (RittenLezer → RittenOpslag in JDBC batches, idempotency check
 * per trip through the per-pass key window, then the budget accounting per pass with VervoerQueries.gebruik and Budgetstand), and compares with
 * PostgreSQL's own COPY of the same file into a bare table as the floor. Heap after GC is sampled every 100,000
 * lines to show that memory does not grow with the file. What the server adds (audit lines, signal entities,
 * the JTA transaction) is not in this measurement. Run: see ejb/vervoer/README.md.
 */
public final class RittenBenchmark {

    private static final MemoryMXBean GEHEUGEN = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) throws Exception {
        int ritten = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int passen = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path bestand = Files.createTempFile("ritten-benchmark", ".csv");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
                    .placeholders(Schematypen.voor("PostgreSQL")).load().migrate();
            Map<String, RittenLezer.PasInfo> pasInfo = maakPassen(url, passen);
            long t0 = System.nanoTime();
            schrijfBestand(bestand, ritten, passen);
            System.out.printf("Bestand: %,d ritten, %,d passen, %,d MB, geschreven in %.1f s%n", ritten, passen,
                    Files.size(bestand) / (1024 * 1024), (System.nanoTime() - t0) / 1e9);

            double copy = copy(url, bestand);
            System.out.printf("COPY in een kale tabel (ondergrens): %.1f s (%,.0f rijen/s)%n", copy, ritten / copy);

            double sqlZonder = sqlInRit(url, false);
            System.out.printf("INSERT ... SELECT uit de kale tabel in een kopie van rit, sleutels en indexen, geen verwijzingen: %.1f s (%,.0f rijen/s)%n",
                    sqlZonder, ritten / sqlZonder);
            double sql = sqlInRit(url, true);
            System.out.printf("INSERT ... SELECT uit de kale tabel in een kopie van rit, met de twee verwijzingen (= rit): %.1f s (%,.0f rijen/s, %.1f× COPY)%n",
                    sql, ritten / sql, sql / copy);
            double lezen = alleenLezen(bestand, pasInfo);
            System.out.printf("Alleen lezen en controleren (RittenLezer, geen database): %.1f s (%,.0f rijen/s)%n", lezen, ritten / lezen);

            List<String> geheugen = new ArrayList<>();
            double importSeconden = importeer(url, bestand, pasInfo, geheugen);
            System.out.printf("Import zoals de server (lezen, controleren, idempotent, batches van %d, budget per pas): %.1f s (%,.0f rijen/s)%n",
                    RittenOpslag.BATCHGROOTTE, importSeconden, ritten / importSeconden);
            System.out.printf("Verhouding import / COPY: %.2f%n", importSeconden / copy);
            System.out.println("Heap na GC per 100.000 regels (MB): " + String.join(", ", geheugen));
            System.out.printf("Max heap (-Xmx): %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            Files.deleteIfExists(bestand);
        }
    }

    private static Map<String, RittenLezer.PasInfo> maakPassen(String url, int passen) throws SQLException {
        Map<String, RittenLezer.PasInfo> uit = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO organisatie (naam, soort) VALUES ('Achterhoek', 'GEMEENTE')");
            s.execute("INSERT INTO gemeente (code, naam, inwoners, organisatie_id) SELECT '0222', 'Doetinchem', 58000, MAX(id) FROM organisatie");
            try (PreparedStatement client = c.prepareStatement("INSERT INTO client (bsn, voornamen, achternaam, achternaam_zoek, geboortedatum, gemeente_code, version, geregistreerd_op)"
                    + " VALUES (?, 'Test', ?, ?, DATE '1950-01-01', '0222', 0, CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement pas = c.prepareStatement("INSERT INTO regiotaxipas (pasnummer, client_id, gemeente_code, geldig_van, km_per_jaar,"
                         + " begeleider, kinderen_mee, extra_service, regelset_versie, version) VALUES (?, ?, '0222', DATE '2026-01-01', 2000, FALSE, FALSE, 'GEEN', '0222-2017-03-01', 0)",
                         Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < passen; i++) {
                    client.setString(1, String.format("%09d", 100_000_000 + i));
                    client.setString(2, "Rijder" + i);
                    client.setString(3, "rijder" + i);
                    client.executeUpdate();
                    long clientId;
                    try (var k = client.getGeneratedKeys()) {
                        k.next();
                        clientId = k.getLong(1);
                    }
                    String nummer = "D-" + (100_000 + i);
                    pas.setString(1, nummer);
                    pas.setLong(2, clientId);
                    pas.executeUpdate();
                    try (var k = pas.getGeneratedKeys()) {
                        k.next();
                        uit.put(nummer, new RittenLezer.PasInfo(k.getLong(1), nummer, "0222", clientId, LocalDate.of(2026, 1, 1), null, "0222-2017-03-01"));
                    }
                }
            }
            c.commit();
        }
        return uit;
    }

    private static void schrijfBestand(Path bestand, int ritten, int passen) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8)) {
            w.write(String.join(";", RittenLezer.KOLOMMEN));
            w.newLine();
            for (int i = 0; i < ritten; i++) {
                int dag = i / passen; // every pass travels once per "round", spread over the year
                LocalDate datum = LocalDate.of(2026, 1, 1).plusDays(dag % 365);
                w.write("D-" + (100_000 + i % passen) + ";" + String.format("%02d-%02d-%d", datum.getDayOfMonth(), datum.getMonthValue(), datum.getYear())
                        + ";" + String.format("%02d:%02d", 7 + (dag / 365) % 12, i % 60) + ";Grutstraat " + (i % 200) + ", Doetinchem;Bestemming "
                        + (i % 997) + ";" + (3 + i % 15) + "," + (i % 10) + ";0;nee;nee");
                w.newLine();
            }
        }
    }

    private static double copy(String url, Path bestand) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE rit_kaal (pasnummer TEXT, datum TEXT, tijd TEXT, van TEXT, naar TEXT, km TEXT, zones TEXT, begeleider TEXT, prioriteit TEXT)");
            long t0 = System.nanoTime();
            try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY rit_kaal FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)", r);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /**
     * What the database itself needs for the same rows in a table shaped like rit (identity key, unique key, the two
     * indexes, checks, and with {@code verwijzingen} the two foreign keys), without Java: one INSERT ... SELECT from the
     * bare COPY table. A copy of rit, so the import's own measurement is not disturbed by dead rows.
     */
    private static double sqlInRit(String url, boolean verwijzingen) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE rit_proef (LIKE rit INCLUDING ALL)");
            if (verwijzingen) {
                s.execute("ALTER TABLE rit_proef ADD FOREIGN KEY (pas_id) REFERENCES regiotaxipas (id)");
                s.execute("ALTER TABLE rit_proef ADD FOREIGN KEY (import_id) REFERENCES ritimport (id)");
            }
            s.execute("INSERT INTO ritimport (bestandsnaam, gebruikersnaam, ingelezen_op, regels, opgeslagen, al_aanwezig, afgekeurd,"
                    + " alleen_geldige) VALUES ('sql.csv', 'benchmark', CURRENT_TIMESTAMP, 0, 0, 0, 0, FALSE)");
            long t0 = System.nanoTime();
            s.executeUpdate("INSERT INTO rit_proef (pas_id, moment, jaar, maand, van, naar, km, zones, begeleider, prioriteit, buiten_gebied, import_id)"
                    + " SELECT p.id, m, EXTRACT(YEAR FROM m), EXTRACT(MONTH FROM m), k.van, k.naar, CAST(REPLACE(k.km, ',', '.') AS NUMERIC(7, 1)),"
                    + " CAST(k.zones AS INT), k.begeleider = 'ja', k.prioriteit = 'ja', FALSE, (SELECT MAX(id) FROM ritimport)"
                    + " FROM (SELECT *, TO_TIMESTAMP(datum || ' ' || tijd, 'DD-MM-YYYY HH24:MI')::timestamp AS m FROM rit_kaal) k"
                    + " JOIN regiotaxipas p ON p.pasnummer = k.pasnummer");
            double seconden = (System.nanoTime() - t0) / 1e9;
            s.execute("DROP TABLE rit_proef");
            return seconden;
        }
    }

    private static double alleenLezen(Path bestand, Map<String, RittenLezer.PasInfo> passen) throws IOException {
        long t0 = System.nanoTime();
        long[] geldig = new long[1];
        try (BufferedReader in = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            new RittenLezer().lees(in, nr -> Optional.ofNullable(passen.get(nr)), r -> geldig[0]++, f -> { });
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double importeer(String url, Path bestand, Map<String, RittenLezer.PasInfo> passen, List<String> geheugen) throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.url", url);
        p.put("jakarta.persistence.jdbc.user", "postgres");
        p.put("jakarta.persistence.jdbc.password", "postgres");
        p.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        p.put("jakarta.persistence.validation.mode", "NONE");
        p.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("maatwerk", p);
        EntityManager em = emf.createEntityManager();
        long t0 = System.nanoTime();
        try {
            em.getTransaction().begin();
            em.createNativeQuery("INSERT INTO ritimport (bestandsnaam, gebruikersnaam, ingelezen_op, regels, opgeslagen, al_aanwezig, afgekeurd,"
                    + " alleen_geldige) VALUES ('benchmark.csv', 'benchmark', CURRENT_TIMESTAMP, 0, 0, 0, 0, FALSE)").executeUpdate();
            long importId = ((Number) em.createNativeQuery("SELECT MAX(id) FROM ritimport").getSingleResult()).longValue();
            Connection verbinding = em.unwrap(Connection.class);
            long[] fouten = new long[1];
            long[] geteld = new long[1];
            java.util.Set<Long> geraakt = new java.util.HashSet<>();
            try (RittenOpslag opslag = new RittenOpslag(verbinding, importId); BufferedReader in = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
                new RittenLezer().lees(in, nr -> Optional.ofNullable(passen.get(nr)), r -> {
                    try {
                        if (opslag.bestaat(r.pas().id(), r.moment(), r.van(), r.naar()) == RittenOpslag.Bestaat.NEE) {
                            opslag.voegToe(new RittenOpslag.NieuweRit(r.pas().id(), r.moment(), r.van(), r.naar(), r.km(), r.zones(),
                                    r.begeleider(), r.prioriteit(), r.km().intValue() > 20));
                            geraakt.add(r.pas().id());
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    if (++geteld[0] % 100_000 == 0) {
                        System.gc();
                        geheugen.add(String.valueOf(GEHEUGEN.getHeapMemoryUsage().getUsed() / (1024 * 1024)));
                        System.out.printf("  %,d regels na %.0f s%n", geteld[0], (System.nanoTime() - t0) / 1e9);
                    }
                }, f -> fouten[0]++);
                opslag.schrijfBatch();
                System.out.printf("Op de unieke sleutel opgezocht: %,d ritten (de rest viel buiten het sleutelvenster van hun pas)%n", opslag.opgezocht());
            }
            // The plans of the import's two lookups at the end of the file, inside the import transaction (no statistics
            // for the new rows): both must stay index scans.
            long pasId = passen.values().iterator().next().id();
            for (String sql : List.of("EXPLAIN SELECT MIN(moment), MAX(moment) FROM rit WHERE pas_id = " + pasId,
                    "EXPLAIN SELECT import_id FROM rit WHERE pas_id = " + pasId + " AND moment = TIMESTAMP '2026-03-01 07:00:00'"
                            + " AND van = 'Grutstraat 1, Doetinchem' AND naar = 'Bestemming 1'")) {
                try (Statement s = verbinding.createStatement(); var rs = s.executeQuery(sql)) {
                    System.out.println(sql);
                    while (rs.next()) {
                        System.out.println("  " + rs.getString(1));
                    }
                }
            }
            // Budget accounting as after an import: per pass and year, in blocks of 500 passes, with the 80 %/100 % thresholds.
            List<Long> ids = new ArrayList<>(geraakt);
            long signalen = 0;
            for (int i = 0; i < ids.size(); i += 500) {
                var gebruik = VervoerQueries.gebruik(em, ids.subList(i, Math.min(ids.size(), i + 500)), 2026);
                for (var g : gebruik.values()) {
                    if (new Budgetstand(2000, g.km()).signaal() != Budgetstand.Signaal.GEEN) {
                        signalen++;
                    }
                }
            }
            em.getTransaction().commit();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("Ingelezen: %,d regels, %,d fouten, %,d passen geraakt, %,d passen op 80 %% of meer%n", geteld[0], fouten[0], ids.size(), signalen);
            return s;
        } finally {
            em.close();
            emf.close();
        }
    }
}
