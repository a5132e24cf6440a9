package nl.maatwerk.verordening.regelset;

/**
 * Een gevraagde regelset, parameter of regel is er niet, of heeft een ander type. Er is nooit een
 * stille standaardwaarde: een beslissing zonder geldende regel mag niet worden genomen.
 */
public class RegelsetException extends RuntimeException {

    public RegelsetException(String melding) {
        super(melding);
    }
}
