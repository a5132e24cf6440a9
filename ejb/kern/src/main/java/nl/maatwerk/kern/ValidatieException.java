package nl.maatwerk.kern;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.stream.Collectors;

/** Input was rejected; nothing was stored. Each fout names the field in Dutch. */
@ApplicationException(rollback = true)
public class ValidatieException extends RuntimeException {

    public record Fout(String veld, String melding) {
    }

    private final List<Fout> fouten;

    public ValidatieException(List<Fout> fouten) {
        super(fouten.stream().map(Fout::melding).collect(Collectors.joining(" ")));
        this.fouten = List.copyOf(fouten);
    }

    public ValidatieException(String veld, String melding) {
        this(List.of(new Fout(veld, melding)));
    }

    public List<Fout> fouten() {
        return fouten;
    }
}
