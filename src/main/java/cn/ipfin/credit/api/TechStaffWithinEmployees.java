package cn.ipfin.credit.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Requires the tech staff count of a {@link TechSmeAssessmentRequest} to be at most its headcount, and reports
 * a violation on the {@code techStaff} field. Missing counts are left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = TechStaffWithinEmployees.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TechStaffWithinEmployees {

    String message() default "{credit.techSme.techStaff.exceedsEmployees}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@code techStaff <= employees} when both are given. */
    class Validator implements ConstraintValidator<TechStaffWithinEmployees, TechSmeAssessmentRequest> {

        @Override
        public boolean isValid(TechSmeAssessmentRequest request, ConstraintValidatorContext context) {
            if (request == null || request.employees() == null || request.techStaff() == null
                    || request.techStaff().compareTo(request.employees()) <= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("techStaff")
                    .addConstraintViolation();
            return false;
        }
    }
}
