package nl.maatwerk.kern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean Validation before anything is written, so the caller gets every message at once. */
@ApplicationScoped
public class Validatie {

    @Inject
    Validator validator;

    public <T> T valideer(T object) {
        return valideer(object, List.of());
    }

    /** Validates and adds the caller's own findings, so the user sees every problem in one go. */
    public <T> T valideer(T object, List<ValidatieException.Fout> andereFouten) {
        List<ValidatieException.Fout> fouten = new ArrayList<>(validator.validate(object).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> new ValidatieException.Fout(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
        fouten.addAll(andereFouten);
        if (!fouten.isEmpty()) {
            throw new ValidatieException(fouten);
        }
        return object;
    }
}
