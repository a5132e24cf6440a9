package nl.maatwerk.woonvoorzieningen.regels;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * De antwoorden van de consulent op de factoren a tot en met e van W-02, en de kosten voor W-03.
 *
 * @param verhuizenRedelijk (a) kan verhuizen in redelijkheid van de cliënt worden verlangd (sociale contacten, leeftijd, gezondheid)
 * @param voorkeurBlijven (a) de cliënt blijft zelf liever in de woning
 * @param mantelzorgInGevaar (b) mantelzorg komt in gevaar bij verhuizen
 * @param verwachteWoonjaren (c) zo veel jaren kan de cliënt naar verwachting (prognose) in de aangepaste woning blijven
 * @param alternatiefBeschikbaar (d) op korte termijn geschikte, acceptabele en betaalbare andere woning
 * @param financieelNadeel (e) alleen bij eigendom: onacceptabel verlies bij verkoop of niet binnen redelijke tijd te verkopen; null bij huur
 * @param aanpassingskosten de kosten van de aanpassing van de huidige woning (goedkoopst adequate offerte)
 * @param overigeVerhuiskosten andere kosten van verhuizen, zoals een aanpassing van de nieuwe woning
 * @param huishoudgrootte personen in het huishouden dat verhuist (W-16)
 */
public record Verhuisweging(boolean verhuizenRedelijk, boolean voorkeurBlijven, String toelichtingPersoon,
                            boolean mantelzorgInGevaar, String toelichtingMantelzorg,
                            int verwachteWoonjaren, String toelichtingDuurzaamheid,
                            boolean alternatiefBeschikbaar, String toelichtingAlternatief,
                            Boolean financieelNadeel, String toelichtingVerkoop,
                            BigDecimal aanpassingskosten, BigDecimal overigeVerhuiskosten, int huishoudgrootte) {

    public Verhuisweging {
        Objects.requireNonNull(aanpassingskosten, "aanpassingskosten");
        overigeVerhuiskosten = overigeVerhuiskosten == null ? BigDecimal.ZERO : overigeVerhuiskosten;
        if (huishoudgrootte < 1) {
            throw new IllegalArgumentException("Het huishouden telt minstens één persoon");
        }
        if (verwachteWoonjaren < 0) {
            throw new IllegalArgumentException("De verwachte woonduur kan niet negatief zijn");
        }
        toelichtingPersoon = tekst(toelichtingPersoon);
        toelichtingMantelzorg = tekst(toelichtingMantelzorg);
        toelichtingDuurzaamheid = tekst(toelichtingDuurzaamheid);
        toelichtingAlternatief = tekst(toelichtingAlternatief);
        toelichtingVerkoop = tekst(toelichtingVerkoop);
    }

    private static String tekst(String s) {
        return s == null ? "" : s.strip();
    }
}
