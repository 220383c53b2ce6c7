package cn.ipfin.loan.api;

import java.util.List;

import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.loan.LoanTerms;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Applies the date rules of {@link LoanTerms} to a {@link SchedulePreviewRequest}. */
public class ScheduleDatesValidator implements ConstraintValidator<ValidScheduleDates, SchedulePreviewRequest> {

    @Override
    public boolean isValid(SchedulePreviewRequest request, ConstraintValidatorContext context) {
        // A missing start date is reported by @NotNull on the field, so only present dates are checked here.
        if (request == null || request.startDate() == null) {
            return true;
        }

        List<Violation> violations = LoanTerms.dateViolations(request.startDate(), request.firstDueDate());
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Violation violation : violations) {
            context.buildConstraintViolationWithTemplate("{" + violation.messageKey() + "}")
                    .addPropertyNode(violation.field())
                    .addConstraintViolation();
        }
        return false;
    }
}
