package nl.maatwerk.vervoer.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import nl.maatwerk.domain.Schematypen;
import nl.maatwerk.kern.audit.Audit;
import nl.maatwerk.kern.audit.Verzoekcontext;
import nl.maatwerk.verordening.dienst.RegelboekDienst;
import nl.maatwerk.vervoer.dienst.Budgetbewaking;
import nl.maatwerk.vervoer.ritten.ImportResultaat;
import nl.maatwerk.vervoer.ritten.RittenLezer;
import nl.maatwerk.vervoer.ritten.Rittenverwerking;
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
 * Benchmark (not a test): imports N trips (default 1,000,000) for P passes (default 20,000) on an embedded PostgreSQL,
 * and on H2, through the server's own import ({@link Rittenverwerking#verwerk}: reading and checking, idempotency through
 * the per-pass key window, COPY or INSERT batches, the budget accounting and the audit line per pass), and compares with
 * PostgreSQL's own COPY of the same file into a bare table as the floor. Heap after GC is sampled every 100,000
 * lines to show that memory does not grow with the file. Only the container (JTA, the EJB call) is not in this
 * measurement. Run and report: docs/benchmarks/ritten-import.md.
 */
public final class RittenBenchmark {

    private static final MemoryMXBean GEHEUGEN = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) throws Exception {
        int ritten = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int passen = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path bestand = Files.createTempFile("ritten-benchmark", ".csv");
        Path h2map = Files.createTempDirectory("ritten-benchmark-h2");
        System.out.println("Load average bij de start: " + load());
        String extern = System.getProperty("benchmark.postgres", "");
        try (EmbeddedPostgres pg = extern.isBlank() ? EmbeddedPostgres.builder().start() : null) {
            Db postgres = pg != null
                    ? new Db(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "org.postgresql.Driver", "PostgreSQL")
                    : new Db(extern, System.getProperty("benchmark.postgres.gebruiker", "maatwerk"),
                            System.getProperty("benchmark.postgres.wachtwoord", ""), "org.postgresql.Driver", "PostgreSQL");
            if (pg == null) {
                leegSchema(postgres);
            }
            try (Connection c = postgres.verbinding(); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT version()")) {
                rs.next();
                System.out.println("PostgreSQL: " + rs.getString(1) + (pg != null ? " (ingebouwd, zonky)" : " (" + extern + ")"));
            }
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

            importeer(postgres, bestand, true);
            leegRit(postgres);
            double pgImport = importeer(postgres, bestand, false);
            System.out.printf("PostgreSQL: import zoals de server / COPY = %.2f%n", pgImport / copy);
            System.out.println("Load average na PostgreSQL: " + load());

            Db h2 = new Db("jdbc:h2:file:" + h2map.resolve("ritten") + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE", "sa", "", "org.h2.Driver", "H2");
            h2.migreer();
            maakPassen(h2, passen);
            double h2Import = importeer(h2, bestand, true);
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
        System.out.printf("Alleen lezen en controleren (opwarmen): %.1f s%n", alleenLezen(bestand, pasInfo)); // as a running server is warm
        // First the memory run (forced GCs every 100,000 lines); its time does not count. Then the timed runs, without them.
        leegRit(db);
        System.out.println("Geheugenmeting (telt niet mee voor de tijden):");
        importeer(db, bestand, true);
        // What PostgreSQL itself needs for these rows in rit (its key, its checks), without Java: the rows the import stored,
        // dumped as binary COPY and loaded again the same way. No import can be faster than this.
        Path ritBinair = Files.createTempFile("ritten-benchmark", ".bin");
        try (Connection c = db.verbinding(); var uit = Files.newOutputStream(ritBinair)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY rit TO STDOUT (FORMAT binary)", uit);
        }
        List<Double> copies = new ArrayList<>(List.of(eersteCopy));
        List<Double> imports = new ArrayList<>();
        List<Double> binair = new ArrayList<>();
        for (int i = 0; i < HERHALINGEN; i++) {
            if (i > 0) {
                copies.add(copy(db, bestand));
            }
            leegRit(db);
            try (Connection c = db.verbinding(); var in = Files.newInputStream(ritBinair)) {
                long t0 = System.nanoTime();
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY rit FROM STDIN (FORMAT binary)", in);
                binair.add((System.nanoTime() - t0) / 1e9);
            }
            leegRit(db);
            imports.add(importeer(db, bestand, false));
            System.out.printf("Herhaling %d: COPY %.1f s, import %.1f s, load average %s%n", i + 1, copies.get(i), imports.get(i), load());
        }
        double copyMediaan = mediaan(copies);
        double importMediaan = mediaan(imports);
        System.out.printf("COPY: %s s, mediaan %.2f s, minimum %.2f s%n", lijst(copies), copyMediaan, copies.stream().mapToDouble(d -> d).min().orElseThrow());
        System.out.printf("Import: %s s, mediaan %.2f s, minimum %.2f s%n", lijst(imports), importMediaan, imports.stream().mapToDouble(d -> d).min().orElseThrow());
        System.out.printf("Binaire COPY van dezelfde rijen in rit (PostgreSQL alleen, met sleutel en controles): %s s, mediaan %.2f s (%.2f× COPY)%n",
                lijst(binair), mediaan(binair), mediaan(binair) / copyMediaan);
        Files.deleteIfExists(ritBinair);
        System.out.printf("Verhouding van de medianen: %.2f; van de minima: %.2f%n", importMediaan / copyMediaan,
                imports.stream().mapToDouble(d -> d).min().orElseThrow() / copies.stream().mapToDouble(d -> d).min().orElseThrow());
        System.out.println("Load average aan het eind: " + load());
    }

    /**
     * -Dbenchmark.postgres=jdbc:postgresql://host/db: a PostgreSQL server of your own instead of the embedded one (the
     * production version, say). The harness empties its public schema first, so only a database whose name contains
     * "benchmark" is accepted.
     */
    private static void leegSchema(Db db) throws SQLException {
        String naam = db.url().replaceAll("\\?.*$", "");
        if (!naam.substring(naam.lastIndexOf('/') + 1).contains("benchmark")) {
            throw new IllegalArgumentException("-Dbenchmark.postgres: de naam van de database moet 'benchmark' bevatten (het harnas"
                    + " leegt het schema public): " + db.url());
        }
        try (Connection c = db.verbinding(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    /** Back to the state before the import (the bare COPY table too), so every run starts alike. */
    private static void leegRit(Db db) throws SQLException {
        try (Connection c = db.verbinding(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE rit, vervoersignaal, audit_regel, ritimport");
            s.execute("DROP TABLE IF EXISTS rit_kaal");
            s.execute("VACUUM rit");
        }
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
     * The import as the server does it: {@link Rittenverwerking#verwerk} itself, in one transaction, with the server's own
     * Budgetbewaking, Audit and RegelboekDienst (wired by hand, as the container would; the caller is "benchmark"). Its
     * log line gives the split (reading, checking and loading; budget accounting; audit). What the container adds around
     * it (the JTA transaction, the EJB call) is not measured.
     */
    private static double importeer(Db db, Path bestand, boolean geheugenMeten) throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.url", db.url());
        p.put("jakarta.persistence.jdbc.user", db.gebruiker());
        p.put("jakarta.persistence.jdbc.password", db.wachtwoord());
        p.put("jakarta.persistence.jdbc.driver", db.driver());
        p.put("jakarta.persistence.validation.mode", "NONE");
        p.put("eclipselink.logging.level", "WARNING");
        p.put("eclipselink.jdbc.batch-writing", "JDBC");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("maatwerk", p);
        EntityManager em = emf.createEntityManager();
        List<String> geheugen = new ArrayList<>();
        long[] meetpauze = new long[1];
        List<String> verslag = new ArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(Rittenverwerking.class.getName());
        java.util.logging.Handler luisteraar = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                verslag.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(luisteraar);
        try {
            Rittenverwerking verwerking = serverpad(em);
            if (geheugenMeten) {
                System.gc();
                geheugen.add(String.valueOf(GEHEUGEN.getHeapMemoryUsage().getUsed() / (1024 * 1024)));
            }
            long t0 = System.nanoTime();
            em.getTransaction().begin();
            // Who is the bottleneck: the CPU time of the importing thread and of the PostgreSQL backend serving its connection.
            long backend = "PostgreSQL".equals(db.soort())
                    ? ((Number) em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()).longValue() : -1;
            double backendVoor = cpu(backend);
            long javaVoor = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            ImportResultaat uit;
            try (Reader in = new Meetlezer(Files.newBufferedReader(bestand, StandardCharsets.UTF_8), t0, geheugenMeten ? geheugen : null, meetpauze)) {
                uit = verwerking.verwerk("benchmark.csv", in, false, java.util.Set.of("0222"), "benchmark",
                        () -> em.getTransaction().setRollbackOnly());
            }
            double verwerkt = (System.nanoTime() - t0) / 1e9;
            double javaCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - javaVoor) / 1e9;
            double backendCpu = cpu(backend) - backendVoor;
            if (!uit.doorgevoerd() || uit.opgeslagen() != uit.regels()) {
                throw new IllegalStateException("De import sloeg niet alles op: " + uit);
            }
            long tc = System.nanoTime();
            em.getTransaction().commit();
            double vastleggen = (System.nanoTime() - tc) / 1e9;
            double s = verwerkt + vastleggen;
            verslag.forEach(v -> System.out.println(db.soort() + ": " + v));
            System.out.printf("%s: %,d regels, %,d opgeslagen, %,d nieuwe signalen%n", db.soort(), uit.regels(), uit.opgeslagen(), uit.signalen().size());
            System.out.printf("%s: verwerken %.1f s; vastleggen %.1f s; samen %.1f s (%,.0f rijen/s)%n", db.soort(), verwerkt, vastleggen, s, uit.regels() / s);
            System.out.printf("%s: CPU-tijd tijdens het verwerken: importthread %.1f s%s%n", db.soort(), javaCpu,
                    backend > 0 ? String.format(", PostgreSQL-backend %.1f s", backendCpu) : "");
            if (geheugenMeten) {
                System.out.printf("%s: waarvan %.1f s de System.gc() van de geheugenmeting zelf (zonder: %.1f s)%n", db.soort(), meetpauze[0] / 1e9, s - meetpauze[0] / 1e9);
                System.out.println(db.soort() + ": heap na GC bij de start en per 100.000 regels (MB): " + String.join(", ", geheugen));
            }
            return s;
        } finally {
            log.removeHandler(luisteraar);
            em.close();
            emf.close();
        }
    }

    /** User plus system CPU seconds of a local process (/proc/PID/stat, clock ticks of 1/100 s); 0 if unknown. */
    private static double cpu(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(velden[11]) + Long.parseLong(velden[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Rittenverwerking with the collaborators the container would inject, on this EntityManager. */
    private static Rittenverwerking serverpad(EntityManager em) throws Exception {
        Audit audit = new Audit();
        zet(audit, "em", em);
        java.security.Principal beller = () -> "benchmark";
        zet(audit, "context", java.lang.reflect.Proxy.newProxyInstance(RittenBenchmark.class.getClassLoader(),
                new Class<?>[] {jakarta.ejb.SessionContext.class}, (proxy, methode, argumenten) -> {
                    if (methode.getName().equals("getCallerPrincipal")) {
                        return beller;
                    }
                    throw new UnsupportedOperationException(methode.getName());
                }));
        zet(audit, "verzoek", new Verzoekcontext());
        RegelboekDienst regelboek = new RegelboekDienst();
        zet(regelboek, "em", em);
        var laad = RegelboekDienst.class.getDeclaredMethod("laad");
        laad.setAccessible(true);
        laad.invoke(regelboek);
        Budgetbewaking bewaking = new Budgetbewaking();
        zet(bewaking, "em", em);
        Rittenverwerking verwerking = new Rittenverwerking();
        zet(verwerking, "em", em);
        zet(verwerking, "audit", audit);
        zet(verwerking, "regelboek", regelboek);
        zet(verwerking, "bewaking", bewaking);
        return verwerking;
    }

    private static void zet(Object doel, String veld, Object waarde) throws ReflectiveOperationException {
        var f = doel.getClass().getDeclaredField(veld);
        f.setAccessible(true);
        f.set(doel, waarde);
    }

    /**
     * Passes the file through and prints the progress every 100,000 lines; in the memory run ({@code geheugen} not null) it
     * also samples the heap after a forced GC there (the pauses are counted, the timed runs do not have them).
     */
    private static final class Meetlezer extends java.io.FilterReader {
        private final long t0;
        private final List<String> geheugen;
        private final long[] meetpauze;
        private long regels = -1; // de kopregel niet meegeteld

        Meetlezer(Reader in, long t0, List<String> geheugen, long[] meetpauze) {
            super(in);
            this.t0 = t0;
            this.geheugen = geheugen;
            this.meetpauze = meetpauze;
        }

        @Override
        public int read(char[] buffer, int vanaf, int lengte) throws IOException {
            int n = super.read(buffer, vanaf, lengte);
            for (int i = vanaf; i < vanaf + n; i++) {
                if (buffer[i] == '\n' && ++regels > 0 && regels % 100_000 == 0) {
                    if (geheugen != null) {
                        long tg = System.nanoTime();
                        System.gc();
                        geheugen.add(String.valueOf(GEHEUGEN.getHeapMemoryUsage().getUsed() / (1024 * 1024)));
                        meetpauze[0] += System.nanoTime() - tg;
                    }
                    System.out.printf("  %,d regels gelezen na %.1f s%n", regels, (System.nanoTime() - t0) / 1e9);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            throw new UnsupportedOperationException("per blok lezen");
        }
    }
}
