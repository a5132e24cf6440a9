package nl.maatwerk.domain.woonvoorzieningen;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Eén factor (a tot en met e) van W-02 in een opgeslagen advies. */
@Embeddable
public class AdviesFactor {

    @Column(name = "letter", length = 1)
    private String letter;

    @Enumerated(EnumType.STRING)
    @Column(name = "richting")
    private Richting richting;

    @Column(name = "motivering", length = 2000)
    private String motivering;

    protected AdviesFactor() {
    }

    public AdviesFactor(String letter, Richting richting, String motivering) {
        this.letter = letter;
        this.richting = richting;
        this.motivering = motivering;
    }

    public String getLetter() { return letter; }
    public Richting getRichting() { return richting; }
    public String getMotivering() { return motivering; }
}
