package nl.maatwerk.verordening.dienst;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.maatwerk.domain.verordening.GeuploadeRegelset;
import nl.maatwerk.kern.NietGevondenException;
import nl.maatwerk.kern.ValidatieException;
import nl.maatwerk.kern.beveiliging.HuidigeGebruiker;
import nl.maatwerk.verordening.beoordeling.Beoordelaar;
import nl.maatwerk.verordening.beoordeling.Beoordeling;
import nl.maatwerk.verordening.beoordeling.Situatie;
import nl.maatwerk.verordening.regelset.LeesResultaat;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;
import nl.maatwerk.verordening.regelset.RegelsetException;
import nl.maatwerk.verordening.regelset.RegelsetFout;
import nl.maatwerk.verordening.regelset.RegelsetLezer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gemeenten's regelsets: the versioned files shipped in the module, then every version a beheerder
 * uploaded (table regelset_versie, in upload order), so an upload survives a restart. Shared by every
 * area module. Rules are public law, not client data: any caller may read; only a beheerder uploads.
 *
 * <p>Reads take the container's READ lock and the {@link Regelboek} itself swaps an immutable map, so
 * readers never wait for each other; an upload takes the WRITE lock from validation until the version is
 * stored (committed, see {@link RegelsetOpslag}) and added in memory, so two uploads cannot both pass the
 * overlap check against the same state.
 */
@Singleton
@Startup
@DependsOn("maatwerk-kern.jar#Migraties")
@PermitAll
@Lock(LockType.READ)
public class RegelboekDienst {

    private static final Logger LOG = Logger.getLogger(RegelboekDienst.class.getName());

    /** An upload larger than this is not a regelset (the shipped ones are about 40 kB). */
    static final int MAX_TEKENS = 1_000_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    RegelsetOpslag opslag;

    @Inject
    HuidigeGebruiker gebruiker;

    @Inject
    @Any
    Instance<RegelsetGebruik> gebruik;

    private Regelboek regelboek;
    private final Map<String, Herkomst> herkomst = new ConcurrentHashMap<>();

    private record Herkomst(String bestand, String yaml, String geuploadDoor, java.time.LocalDateTime geuploadOp,
                            String sha256) {
    }

    @PostConstruct
    void laad() {
        regelboek = new Regelboek(RegelsetLezer.standaard());
        Regelboek.meegeleverdeBestanden().forEach((bestand, yaml) -> {
            Regelset r = regelboek.laad(yaml).regelset();
            herkomst.put(r.versie(), new Herkomst(bestand, yaml, null, null, sha256(yaml)));
        });
        int geupload = 0;
        for (GeuploadeRegelset g : GeuploadeRegelset.inUploadvolgorde(em)) {
            LeesResultaat resultaat = regelboek.laad(g.getInhoud());
            if (resultaat.isGelukt()) {
                herkomst.put(g.getVersie(), new Herkomst(null, g.getInhoud(), g.getGeuploadDoor(), g.getGeuploadOp(), g.getSha256()));
                geupload++;
            } else {
                // Only possible when the catalogue changed incompatibly since the upload; the beheerder must
                // upload a corrected version. Starting without it is better than not starting at all.
                LOG.log(Level.SEVERE, () -> "Opgeslagen regelset " + g.getVersie() + " is niet meer geldig en NIET geladen: "
                        + resultaat.fouten());
            }
        }
        int aantalGeupload = geupload;
        LOG.info(() -> "Regelsets geladen: " + regelboek.alleVersies().size() + " versie(s), waarvan " + aantalGeupload
                + " geüpload, voor gemeenten " + regelboek.gemeenten());
    }

    public Regelboek regelboek() {
        return regelboek;
    }

    public List<Regelset> versies(String gemeente) {
        return regelboek.versies(gemeente);
    }

    /** Every loaded version with where it came from and how many decisions used it, per gemeente oldest first. */
    public List<VersieInfo> overzicht() {
        return regelboek.alleVersies().stream().map(this::info).toList();
    }

    /** @throws NietGevondenException if no such version is loaded */
    public VersieInfo versie(String versie) {
        return regelboek.alleVersies().stream().filter(r -> r.versie().equals(versie)).findFirst().map(this::info)
                .orElseThrow(() -> new NietGevondenException("Regelsetversie " + versie + " bestaat niet."));
    }

    /** The YAML text of a version, to download, change and upload as a new version. */
    public String bestand(String versie) {
        Herkomst h = herkomst.get(versie);
        if (h == null) {
            throw new NietGevondenException("Regelsetversie " + versie + " bestaat niet.");
        }
        return h.yaml();
    }

    /** Per kind of decision, how many used this version; empty until an area module implements {@link RegelsetGebruik}. */
    public Map<String, Long> gebruik(String versie) {
        Map<String, Long> perSoort = new LinkedHashMap<>();
        for (RegelsetGebruik g : gebruik) {
            perSoort.merge(g.soort(), g.aantalBeslissingen(versie), Long::sum);
        }
        return perSoort;
    }

    /**
     * Runs the general criteria on a described situation; nothing is stored.
     *
     * @throws ValidatieException when no regelset applies (e.g. a date before the first version)
     */
    public Beoordeling beoordeel(Situatie situatie) {
        try {
            return new Beoordelaar(regelboek).beoordeel(situatie);
        } catch (RegelsetException e) {
            throw new ValidatieException("situatie", e.getMessage());
        }
    }

    /**
     * Validates an uploaded regelset against the versions in force and, if it has no errors and is for a
     * gemeente the beheerder works for, stores it (audited) and adds it to the Regelboek. On errors nothing
     * is stored or loaded and every error comes back with its line; the refusal is audited too.
     */
    @RolesAllowed(nl.maatwerk.domain.kern.Rol.BEHEERDER_)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UploadUitkomst upload(String yaml) {
        String tekst = yaml == null ? "" : yaml.replace("\r\n", "\n");
        String sha256 = sha256(tekst);
        List<RegelsetFout> fouten = new ArrayList<>();
        Regelset regelset = null;
        if (tekst.isBlank()) {
            fouten.add(new RegelsetFout(1, "(bestand)", "het bestand is leeg."));
        } else if (tekst.length() > MAX_TEKENS) {
            fouten.add(new RegelsetFout(1, "(bestand)", "het bestand is groter dan " + MAX_TEKENS + " tekens; dat is geen regelset."));
        } else {
            LeesResultaat resultaat = regelboek.controleer(tekst);
            fouten.addAll(resultaat.fouten());
            if (resultaat.isGelukt()) {
                regelset = resultaat.regelset();
                if (!gebruiker.werktVoor(regelset.gemeente())) {
                    fouten.add(new RegelsetFout(regelVan(tekst, "gemeente:"), "gemeente", "u beheert gemeente "
                            + regelset.gemeente() + " niet; u kunt alleen regelsets uploaden voor " + gebruiker.gemeenten().stream()
                            .sorted().toList() + "."));
                }
            }
        }
        if (!fouten.isEmpty()) {
            opslag.weigering(regelset == null ? null : regelset.gemeente(), fouten.size(), sha256);
            fouten.sort(Comparator.comparingInt(RegelsetFout::regel));
            return new UploadUitkomst(null, fouten);
        }
        GeuploadeRegelset opgeslagen = opslag.bewaar(regelset, tekst, sha256);
        // Same text, same state under the write lock: this cannot fail where controleer() succeeded.
        regelboek.laad(tekst).regelset();
        herkomst.put(regelset.versie(), new Herkomst(null, tekst, opgeslagen.getGeuploadDoor(), opgeslagen.getGeuploadOp(), sha256));
        return new UploadUitkomst(regelset.versie(), List.of());
    }

    private VersieInfo info(Regelset r) {
        Herkomst h = herkomst.get(r.versie());
        return new VersieInfo(r, h == null ? null : h.bestand(), h == null ? null : h.geuploadDoor(),
                h == null ? null : h.geuploadOp(), h == null ? null : h.sha256(), gebruik(r.versie()));
    }

    private static int regelVan(String tekst, String begin) {
        String[] regels = tekst.split("\n", -1);
        for (int i = 0; i < regels.length; i++) {
            if (regels[i].startsWith(begin)) {
                return i + 1;
            }
        }
        return 1;
    }

    static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
