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
        Path h2map = Files.createTempDirectory("ritten-benchmark-h2");
        System.out.println("Load average bij de start: " + load());
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Db postgres = new Db(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "org.postgresql.Driver", "PostgreSQL");
            postgres.migreer();
            Map<String, RittenLezer.PasInfo> pasInfo = maakPassen(postgres, passen);
            long t0 = System.nanoTime();
            schrijfBestand(bestand, ritten, passen);
            System.out.printf("Bestand: %,d ritten, %,d passen, %,d MB, geschreven in %.1f s%n", ritten, passen,
                    Files.size(bestand) / (1024 * 1024), (System.nanoTime() - t0) / 1e9);

            double copy = copy(postgres, bestand);
            System.out.printf("COPY in een kale tabel (ondergrens): %.1f s (%,.0f rijen/s)%n", copy, ritten / copy);
            if (HERHALINGEN > 1) {
                herhaal(postgres, bestand, pasInfo, copy);
                return;
            }

            // What the table itself costs, without Java: the same rows with one INSERT ... SELECT from the bare table.
            for (Vorm vorm : Vorm.values()) {
                double sql = sqlInRit(postgres, vorm);
                System.out.printf("INSERT ... SELECT in %s: %.1f s (%,.0f rijen/s, %.1f× COPY)%n", vorm.omschrijving, sql, ritten / sql, sql / copy);
            }
            double lezen = alleenLezen(bestand, pasInfo);
            System.out.printf("Alleen lezen en controleren (RittenLezer, geen database): %.1f s (%,.0f rijen/s, %.1f× COPY)%n", lezen, ritten / lezen, lezen / copy);

            double pgImport = importeer(postgres, bestand);
            System.out.printf("PostgreSQL: import zoals de server / COPY = %.2f%n", pgImport / copy);
            System.out.println("Load average na PostgreSQL: " + load());

            Db h2 = new Db("jdbc:h2:file:" + h2map.resolve("ritten") + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE", "sa", "", "org.h2.Driver", "H2");
            h2.migreer();
            maakPassen(h2, passen);
            double h2Import = importeer(h2, bestand);
            System.out.printf("H2 (bestand, MODE=LEGACY): import zoals de server %.1f s (%,.0f rijen/s, %.2f× de PostgreSQL-COPY)%n",
                    h2Import, ritten / h2Import, h2Import / copy);
            System.out.printf("Max heap (-Xmx): %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.println("Load average aan het eind: " + load());
        } finally {
            Files.deleteIfExists(bestand);
            try (var paden = Files.walk(h2map)) {
                paden.sorted(java.util.Comparator.reverseOrder()).forEach(pad -> pad.toFile().delete());
            }
        }
    }

    /** -Dbenchmark.herhalingen=N (N > 1): only COPY and the PostgreSQL import, alternately, N times each; medians. */
    private static final int HERHALINGEN = Integer.getInteger("benchmark.herhalingen", 1);

    /**
     * On a shared machine one COPY of 2-4 s and one import are each at the mercy of the other processes; alternating them
     * N times and comparing medians (and minima) gives a ratio that does not hang on one unlucky second.
     */
    private static void herhaal(Db db, Path bestand, Map<String, RittenLezer.PasInfo> pasInfo, double eersteCopy) throws Exception {
        alleenLezen(bestand, pasInfo); // warm up the reader once, as a running server is
        List<Double> copies = new ArrayList<>(List.of(eersteCopy));
        List<Double> imports = new ArrayList<>();
        for (int i = 0; i < HERHALINGEN; i++) {
            if (i > 0) {
                copies.add(copy(db, bestand));
            }
            try (Connection c = db.verbinding(); Statement s = c.createStatement()) {
                s.execute("TRUNCATE rit");
                s.execute("DROP TABLE IF EXISTS rit_kaal");
                s.execute("VACUUM rit");
            }
            imports.add(importeer(db, bestand));
            System.out.printf("Herhaling %d: COPY %.1f s, import %.1f s, load average %s%n", i + 1, copies.get(i), imports.get(i), load());
        }
        double copyMediaan = mediaan(copies);
        double importMediaan = mediaan(imports);
        System.out.printf("COPY: %s s, mediaan %.2f s, minimum %.2f s%n", lijst(copies), copyMediaan, copies.stream().mapToDouble(d -> d).min().orElseThrow());
        System.out.printf("Import: %s s, mediaan %.2f s, minimum %.2f s%n", lijst(imports), importMediaan, imports.stream().mapToDouble(d -> d).min().orElseThrow());
        System.out.printf("Verhouding van de medianen: %.2f; van de minima: %.2f%n", importMediaan / copyMediaan,
                imports.stream().mapToDouble(d -> d).min().orElseThrow() / copies.stream().mapToDouble(d -> d).min().orElseThrow());
        System.out.println("Load average aan het eind: " + load());
    }

    private static double mediaan(List<Double> waarden) {
        List<Double> w = waarden.stream().sorted().toList();
        return w.size() % 2 == 1 ? w.get(w.size() / 2) : (w.get(w.size() / 2 - 1) + w.get(w.size() / 2)) / 2;
    }

    private static String lijst(List<Double> waarden) {
        return waarden.stream().map(d -> String.format("%.1f", d)).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** A database for the harness: PostgreSQL (embedded) or H2 (file, as the embedded default of the server). */
    record Db(String url, String gebruiker, String wachtwoord, String driver, String soort) {
        Connection verbinding() throws SQLException {
            return DriverManager.getConnection(url, gebruiker, wachtwoord);
        }

        void migreer() {
            Flyway.configure().dataSource(url, gebruiker, wachtwoord).locations("classpath:db/migration")
                    .placeholders(Schematypen.voor(soort)).load().migrate();
        }
    }

    private static Map<String, RittenLezer.PasInfo> maakPassen(Db db, int passen) throws SQLException {
        Map<String, RittenLezer.PasInfo> uit = new HashMap<>();
        try (Connection c = db.verbinding(); Statement s = c.createStatement()) {
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

    private static double copy(Db db, Path bestand) throws Exception {
        try (Connection c = db.verbinding(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE rit_kaal (pasnummer TEXT, datum TEXT, tijd TEXT, van TEXT, naar TEXT, km TEXT, zones TEXT, begeleider TEXT, prioriteit TEXT)");
            long t0 = System.nanoTime();
            try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY rit_kaal FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)", r);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** The shapes of rit measured with one INSERT ... SELECT (V5 before, V12 now, and what V12 left out). */
    enum Vorm {
        V5("de vorm van vóór V12 (identiteit, unieke sleutel over pas, moment, van, naar, twee indexen, twee verwijzingen)",
                "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, ", ", CONSTRAINT uk_proef UNIQUE (pas_id, moment, van, naar)",
                "CREATE INDEX ix_proef_pas_jaar ON rit_proef (pas_id, jaar, maand); CREATE INDEX ix_proef_import ON rit_proef (import_id)", true, true),
        V12("V12 = rit nu (alleen de primaire sleutel pas, moment; geen verwijzingen)", "", ", PRIMARY KEY (pas_id, moment)", null, false, false),
        V12_MET_PASVERWIJZING("V12 plus een verwijzing naar regiotaxipas (niet gekozen)", "", ", PRIMARY KEY (pas_id, moment)", null, true, false),
        V12_MET_TWEE_VERWIJZINGEN("V12 plus verwijzingen naar regiotaxipas en ritimport (niet gekozen)", "", ", PRIMARY KEY (pas_id, moment)", null, true, true);

        final String omschrijving;
        final String id;
        final String sleutel;
        final String indexen;
        final boolean pasVerwijzing;
        final boolean importVerwijzing;

        Vorm(String omschrijving, String id, String sleutel, String indexen, boolean pasVerwijzing, boolean importVerwijzing) {
            this.omschrijving = omschrijving;
            this.id = id;
            this.sleutel = sleutel;
            this.indexen = indexen;
            this.pasVerwijzing = pasVerwijzing;
            this.importVerwijzing = importVerwijzing;
        }
    }

    /**
     * What the database itself needs for the same rows in a table shaped like rit, without Java: one INSERT ... SELECT
     * from the bare COPY table into a fresh table of that shape (so the import's own measurement is not disturbed).
     */
    private static double sqlInRit(Db db, Vorm vorm) throws SQLException {
        try (Connection c = db.verbinding(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE rit_proef (" + vorm.id + "pas_id BIGINT NOT NULL, moment TIMESTAMP NOT NULL, jaar INTEGER NOT NULL,"
                    + " maand INTEGER NOT NULL, van VARCHAR(200) NOT NULL, naar VARCHAR(200) NOT NULL, km NUMERIC(7,1) NOT NULL,"
                    + " zones INTEGER NOT NULL, begeleider BOOLEAN NOT NULL, prioriteit BOOLEAN NOT NULL, buiten_gebied BOOLEAN NOT NULL,"
                    + " import_id BIGINT" + vorm.sleutel + ", CHECK (km >= 0), CHECK (zones >= 0), CHECK (maand BETWEEN 1 AND 12)"
                    + (vorm.pasVerwijzing ? ", FOREIGN KEY (pas_id) REFERENCES regiotaxipas (id)" : "")
                    + (vorm.importVerwijzing ? ", FOREIGN KEY (import_id) REFERENCES ritimport (id)" : "") + ")");
            if (vorm.indexen != null) {
                for (String sql : vorm.indexen.split("; ")) {
                    s.execute(sql);
                }
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

    /**
     * The import as the server does it (Rittenverwerking): the passes of the gemeente in one query, the key windows in one
     * query, every line read and checked, the idempotency check per line (a lookup only inside a window), the rows by
     * RittenOpslag (COPY on PostgreSQL, INSERT batches on H2), one transaction, then the budget accounting per 500 passes
     * (VervoerQueries.gebruik, as Budgetbewaking) with the 80 %/100 % thresholds.
     */
    private static double importeer(Db db, Path bestand) throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.url", db.url());
        p.put("jakarta.persistence.jdbc.user", db.gebruiker());
        p.put("jakarta.persistence.jdbc.password", db.wachtwoord());
        p.put("jakarta.persistence.jdbc.driver", db.driver());
        p.put("jakarta.persistence.validation.mode", "NONE");
        p.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("maatwerk", p);
        EntityManager em = emf.createEntityManager();
        List<String> geheugen = new ArrayList<>();
        System.gc();
        geheugen.add(String.valueOf(GEHEUGEN.getHeapMemoryUsage().getUsed() / (1024 * 1024)));
        long t0 = System.nanoTime();
        try {
            em.getTransaction().begin();
            em.createNativeQuery("INSERT INTO ritimport (bestandsnaam, gebruikersnaam, ingelezen_op, regels, opgeslagen, al_aanwezig, afgekeurd,"
                    + " alleen_geldige) VALUES ('benchmark.csv', 'benchmark', CURRENT_TIMESTAMP, 0, 0, 0, 0, FALSE)").executeUpdate();
            long importId = ((Number) em.createNativeQuery("SELECT MAX(id) FROM ritimport").getSingleResult()).longValue();
            Map<String, RittenLezer.PasInfo> passen = new HashMap<>();
            for (VervoerQueries.PasGegevens g : VervoerQueries.pasGegevens(em, java.util.Set.of("0222"))) {
                passen.put(g.pasnummer(), new RittenLezer.PasInfo(g.id(), g.pasnummer(), g.gemeente(), g.clientId(), g.geldigVan(), g.geldigTot(), g.regelsetVersie()));
            }
            Connection verbinding = em.unwrap(Connection.class);
            long[] fouten = new long[1];
            long[] geteld = new long[1];
            long[] meetpauze = new long[1];
            java.util.Set<Long> geraakt = new java.util.HashSet<>();
            double laden;
            try (RittenOpslag opslag = new RittenOpslag(verbinding, importId); BufferedReader in = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
                opslag.laadVensters(java.util.Set.of("0222"));
                new RittenLezer().lees(in, nr -> Optional.ofNullable(passen.get(nr)), r -> {
                    try {
                        var rit = new RittenOpslag.NieuweRit(r.pas().id(), r.moment(), r.van(), r.naar(), r.km(), r.zones(),
                                r.begeleider(), r.prioriteit(), r.km().intValue() > 20);
                        if (opslag.bestaat(rit) == RittenOpslag.Bestaat.NEE) {
                            opslag.voegToe(rit);
                            geraakt.add(r.pas().id());
                        } else {
                            fouten[0]++;
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    if (++geteld[0] % 100_000 == 0) {
                        long tg = System.nanoTime();
                        System.gc();
                        geheugen.add(String.valueOf(GEHEUGEN.getHeapMemoryUsage().getUsed() / (1024 * 1024)));
                        meetpauze[0] += System.nanoTime() - tg;
                        System.out.printf("  %,d regels na %.1f s%n", geteld[0], (System.nanoTime() - t0) / 1e9);
                    }
                }, f -> fouten[0]++);
                opslag.schrijfBatch();
                laden = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s: %,d passen vastgehouden (FOR KEY SHARE)%n", db.soort(), opslag.vergrendeld());
                System.out.printf("%s: schrijfwijze %s; op de sleutel opgezocht: %,d ritten (de rest viel buiten het sleutelvenster van hun pas)%n",
                        db.soort(), opslag.schrijfwijze(), opslag.opgezocht());
            }
            // The budget accounting of the server itself (Budgetbewaking, its EntityManager set by hand): per year the use in
            // one aggregate query (more than 500 passes touched), the budgets per block of 500, signals at 80 %/100 %.
            long tb = System.nanoTime();
            List<Long> ids = new ArrayList<>(geraakt);
            Map<Long, java.util.Set<Integer>> jaren = new HashMap<>();
            ids.forEach(id -> jaren.put(id, java.util.Set.of(2026)));
            var bewaking = new nl.maatwerk.vervoer.dienst.Budgetbewaking();
            var veld = nl.maatwerk.vervoer.dienst.Budgetbewaking.class.getDeclaredField("em");
            veld.setAccessible(true);
            veld.set(bewaking, em);
            long signalen = bewaking.werkBij(jaren).size();
            double budget = (System.nanoTime() - tb) / 1e9;
            {
                // The plans at the end of the file, inside the import transaction (no statistics for the new rows).
                long pasId = ids.get(0);
                for (String sql : List.of("EXPLAIN SELECT MIN(moment), MAX(moment) FROM rit WHERE pas_id = " + pasId,
                        "EXPLAIN SELECT van, naar, km FROM rit WHERE pas_id = " + pasId + " AND moment = TIMESTAMP '2026-03-01 07:00:00'",
                        "EXPLAIN SELECT pas_id, SUM(km) FROM rit WHERE moment >= TIMESTAMP '2026-01-01 00:00:00'"
                                + " AND moment < TIMESTAMP '2027-01-01 00:00:00' GROUP BY pas_id")) {
                    try (Statement s = verbinding.createStatement(); var rs = s.executeQuery(sql)) {
                        System.out.println(sql.length() > 160 ? sql.substring(0, 160) + " ..." : sql);
                        while (rs.next()) {
                            String plan = rs.getString(1);
                            System.out.println("  " + (plan.length() > 300 ? plan.substring(0, 300) + " ..." : plan));
                        }
                    }
                }
            }
            long tc = System.nanoTime();
            em.getTransaction().commit();
            double vastleggen = (System.nanoTime() - tc) / 1e9;
            double s = laden + budget + vastleggen;
            System.out.printf("%s: %,d regels, %,d fouten/al aanwezig, %,d passen geraakt, %,d nieuwe signalen%n", db.soort(), geteld[0], fouten[0], ids.size(), signalen);
            System.out.printf("%s: lezen, controleren en laden %.1f s; budgetboekhouding %.1f s; vastleggen %.1f s; samen %.1f s (%,.0f rijen/s)%n",
                    db.soort(), laden, budget, vastleggen, s, geteld[0] / s);
            System.out.printf("%s: waarvan %.1f s de System.gc() van de geheugenmeting zelf (zonder: %.1f s)%n", db.soort(), meetpauze[0] / 1e9, s - meetpauze[0] / 1e9);
            System.out.println(db.soort() + ": heap na GC bij de start en per 100.000 regels (MB): " + String.join(", ", geheugen));
            return s;
        } finally {
            em.close();
            emf.close();
        }
    }
}
