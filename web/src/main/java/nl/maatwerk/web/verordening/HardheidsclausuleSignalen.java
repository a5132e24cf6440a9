package nl.maatwerk.web.verordening;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.maatwerk.verordening.dienst.HardheidsclausuleDienst;

import java.io.Serializable;
import java.util.List;

/** For the beheerder: where the hardheidsclausule is used repeatedly, a sign that the policy should change. */
@Named
@ViewScoped
public class HardheidsclausuleSignalen implements Serializable {

    @EJB
    HardheidsclausuleDienst dienst;

    private List<HardheidsclausuleDienst.Signaal> signalen;

    @PostConstruct
    void init() {
        signalen = dienst.signalen();
    }

    public List<HardheidsclausuleDienst.Signaal> getSignalen() { return signalen; }

    public List<HardheidsclausuleDienst.Signaal> getHerhaald() {
        return signalen.stream().filter(HardheidsclausuleDienst.Signaal::herhaald).toList();
    }
}
