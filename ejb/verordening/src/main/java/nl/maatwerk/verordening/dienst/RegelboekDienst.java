package nl.maatwerk.verordening.dienst;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import nl.maatwerk.verordening.regelset.Regelboek;
import nl.maatwerk.verordening.regelset.Regelset;

import java.util.List;
import java.util.logging.Logger;

/**
 * The gemeenten's regelsets, loaded once at start-up from the versioned files in the module, and
 * shared read-only by every area module. Rules are public law, not client data: any caller may read.
 */
@Singleton
@Startup
@PermitAll
@Lock(LockType.READ)
public class RegelboekDienst {

    private static final Logger LOG = Logger.getLogger(RegelboekDienst.class.getName());

    private Regelboek regelboek;

    @PostConstruct
    void laad() {
        regelboek = Regelboek.standaard();
        LOG.info(() -> "Regelsets geladen: " + regelboek.alleVersies().size() + " versie(s) voor gemeenten "
                + regelboek.gemeenten());
    }

    public Regelboek regelboek() {
        return regelboek;
    }

    public List<Regelset> versies(String gemeente) {
        return regelboek.versies(gemeente);
    }
}
