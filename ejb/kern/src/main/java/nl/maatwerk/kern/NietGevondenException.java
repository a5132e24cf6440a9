package nl.maatwerk.kern;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist for this caller. Also thrown for another gemeente's data,
 * so that a caller cannot tell "not yours" from "not there".
 */
@ApplicationException(rollback = true)
public class NietGevondenException extends RuntimeException {
    public NietGevondenException(String melding) {
        super(melding);
    }
}
