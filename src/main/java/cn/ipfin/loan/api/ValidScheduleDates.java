package cn.ipfin.loan.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Checks a schedule request's start date and first due date with {@link cn.ipfin.loan.LoanTerms#dateViolations},
 * reporting each violation on its own field.
 */
@Documented
@Constraint(validatedBy = ScheduleDatesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidScheduleDates {

    String message() default "{loan.firstDueDate.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
