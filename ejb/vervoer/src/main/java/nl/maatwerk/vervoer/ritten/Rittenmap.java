package nl.maatwerk.vervoer.ritten;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import nl.maatwerk.domain.kern.Rol;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * De rittenmap: de vervoerder zet zijn rittenbestand in {@code <map>/<gemeentecode>/} (bijvoorbeeld
 * {@code 0222/ritten-maart.csv}); elke 15 seconden leest deze timer elk {@code .csv}-bestand dat minstens 2
 * seconden niet is gewijzigd, voor de passen van die gemeente, in een eigen transactie en zoals bij een upload:
 * een bestand met fouten slaat niets op, dezelfde rit twee keer wordt één keer opgeslagen. Daarna gaat het bestand
 * naar {@code verwerkt/} of {@code mislukt/} met een verslag ({@code .verslag.txt}: de telling, elke fout met
 * regelnummer, de nieuwe signalen).
 *
 * <p>De map is {@code -Dmaatwerk.vervoer.rittenmap=...} of anders {@code rittenmap/} in de domeinmap van Payara;
 * {@code uit} zet de map uit. Het inlezen staat in de audit als "rittenmap" (kanaal SYSTEEM).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed({Rol.BEHEERDER_, Rol.FINANCIEEL_})
public class Rittenmap {

    private static final Logger LOG = Logger.getLogger(Rittenmap.class.getName());
    static final String GEBRUIKER = "rittenmap";
    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    Rittenverwerking verwerking;

    @Resource
    UserTransaction transactie;

    private final AtomicBoolean bezig = new AtomicBoolean();

    /** De map die wordt gelezen, of leeg als die uit staat. */
    @Lock(LockType.READ)
    public String map() {
        Path p = wortel();
        return p == null ? "" : p.toAbsolutePath().toString();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "rittenmap")
    @Lock(LockType.READ)
    void scan() {
        Path wortel = wortel();
        if (wortel == null || !bezig.compareAndSet(false, true)) {
            return;
        }
        try {
            Files.createDirectories(wortel);
            try (DirectoryStream<Path> gemeenten = Files.newDirectoryStream(wortel, p -> Files.isDirectory(p)
                    && p.getFileName().toString().matches("\\d{4}"))) {
                for (Path gemeente : gemeenten) {
                    for (Path bestand : klaar(gemeente)) {
                        verwerk(gemeente.getFileName().toString(), bestand);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Rittenmap " + wortel + " kon niet worden gelezen", e);
        } finally {
            bezig.set(false);
        }
    }

    /** Bestanden die klaar zijn: .csv en minstens 2 seconden niet gewijzigd (de vervoerder schrijft nog niet meer). */
    static List<Path> klaar(Path map) throws IOException {
        List<Path> uit = new ArrayList<>();
        Instant grens = Instant.now().minusSeconds(2);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(map, "*.csv")) {
            for (Path p : s) {
                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(grens)) {
                    uit.add(p);
                }
            }
        }
        uit.sort(null);
        return uit;
    }

    private void verwerk(String gemeente, Path bestand) throws IOException {
        String naam = bestand.getFileName().toString();
        ImportResultaat r = null;
        String fout = null;
        try {
            transactie.begin();
            try (BufferedReader in = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
                r = verwerking.verwerk(naam, in, false, Set.of(gemeente), GEBRUIKER, this::terugdraaien);
            }
            if (transactie.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transactie.rollback();
            } else {
                transactie.commit();
            }
        } catch (Exception e) {
            fout = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.WARNING, "Rittenbestand " + bestand + " niet ingelezen", e);
            try {
                if (transactie.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transactie.rollback();
                }
            } catch (Exception ignored) {
                // the transaction is gone either way
            }
            r = null;
        }
        boolean gelukt = r != null && r.doorgevoerd();
        Path doel = bestand.getParent().resolve(gelukt ? "verwerkt" : "mislukt");
        Files.createDirectories(doel);
        String stempel = LocalDateTime.now().format(STEMPEL) + "-";
        Files.writeString(doel.resolve(stempel + naam + ".verslag.txt"), verslag(gemeente, naam, r, fout), StandardCharsets.UTF_8);
        Files.move(bestand, doel.resolve(stempel + naam), StandardCopyOption.REPLACE_EXISTING);
        LOG.info("Rittenbestand " + bestand + (gelukt ? " ingelezen" : " niet ingelezen") + ": " + (r == null ? fout : r.samenvatting()));
    }

    private void terugdraaien() {
        try {
            transactie.setRollbackOnly();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String verslag(String gemeente, String naam, ImportResultaat r, String fout) {
        StringBuilder sb = new StringBuilder("Rittenbestand ").append(naam).append(" voor gemeente ").append(gemeente)
                .append(", gelezen op ").append(LocalDateTime.now().withNano(0)).append('\n');
        if (r == null) {
            return sb.append("Niet ingelezen: ").append(fout).append("\nEr is niets opgeslagen.\n").toString();
        }
        sb.append(r.samenvatting()).append('\n');
        if (!r.fouten().isEmpty()) {
            sb.append("\nFouten:\n");
            r.fouten().forEach(f -> sb.append("- ").append(f).append('\n'));
        }
        if (!r.signalen().isEmpty()) {
            sb.append("\nNieuwe signalen:\n");
            r.signalen().forEach(s -> sb.append("- ").append(s).append('\n'));
        }
        return sb.toString();
    }

    static Path wortel() {
        String waarde = System.getProperty("maatwerk.vervoer.rittenmap");
        if (waarde != null && waarde.strip().equalsIgnoreCase("uit")) {
            return null;
        }
        if (waarde != null && !waarde.isBlank()) {
            return Paths.get(waarde.strip());
        }
        String domein = System.getProperty("com.sun.aas.instanceRoot");
        return domein == null ? null : Paths.get(domein, "rittenmap");
    }
}
