package nl.maatwerk.domain.woonvoorzieningen;

/** De uitkomst van de afweging verhuizen of aanpassen (W-01 tot en met W-04). */
public enum AdviesUitkomst {
    VERHUIZEN, AANPASSEN
}
