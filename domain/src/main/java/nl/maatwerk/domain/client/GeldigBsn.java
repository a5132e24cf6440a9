package nl.maatwerk.domain.client;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is a BSN that passes the elfproef; the message says why not. */
@Documented
@Constraint(validatedBy = GeldigBsn.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface GeldigBsn {
    String message() default "BSN is niet geldig.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeldigBsn, String> {
        @Override
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            var fout = Bsn.fout(waarde);
            if (fout.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(fout.get().replace("{", "\\{")).addConstraintViolation();
            return false;
        }
    }
}
