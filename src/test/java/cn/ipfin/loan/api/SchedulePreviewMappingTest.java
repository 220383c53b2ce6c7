package cn.ipfin.loan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.loan.LoanTerms;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.loan.RepaymentScheduleCalculator;

/** The request and response mapping of the preview endpoint, tested without a Spring context. */
class SchedulePreviewMappingTest {

    private static ValidatorFactory validatorFactory;
    private static Validator validator;

    private final LoanScheduleController controller = new LoanScheduleController(new RepaymentScheduleCalculator());

    @BeforeAll
    static void createValidator() {
        validatorFactory = Validation.buildDefaultValidatorFactory();
        validator = validatorFactory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        validatorFactory.close();
    }

    @Test
    void requestMapsToTerms() {
        SchedulePreviewRequest request = new SchedulePreviewRequest(new BigDecimal("500000"),
                new BigDecimal("0.0385"), 6, RepaymentMethod.BULLET, LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 4, 20));

        LoanTerms terms = request.toTerms();

        assertThat(terms.principal()).hasToString("500000.00");
        assertThat(terms.annualRate()).isEqualTo(new BigDecimal("0.0385"));
        assertThat(terms.termMonths()).isEqualTo(6);
        assertThat(terms.method()).isEqualTo(RepaymentMethod.BULLET);
        assertThat(terms.startDate()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(terms.firstDueDate()).isEqualTo(LocalDate.of(2025, 4, 20));
    }

    @Test
    void previewFormatsAmountsWithTwoPlaces() {
        SchedulePreviewResponse response = controller.preview(exampleLoan(RepaymentMethod.INTEREST_ONLY));

        assertThat(response.installments()).hasSize(12);
        InstallmentResponse first = response.installments().get(0);
        assertThat(first.period()).isEqualTo(1);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(first.payment()).isEqualTo("3750.00");
        assertThat(first.principal()).isEqualTo("0.00");
        assertThat(first.interest()).isEqualTo("3750.00");
        assertThat(first.balance()).isEqualTo("1000000.00");
        assertThat(response.installments().get(11).payment()).isEqualTo("1003750.00");
        assertThat(response.totalInterest()).isEqualTo("45000.00");
        assertThat(response.totalPayment()).isEqualTo("1045000.00");
    }

    @Test
    void previewOfExampleLoanEqualInstallments() {
        SchedulePreviewResponse response = controller.preview(exampleLoan(RepaymentMethod.EQUAL_INSTALLMENT));

        assertThat(response.installments().get(0).payment()).isEqualTo("85378.52");
        assertThat(response.totalInterest()).isEqualTo("24542.24");
        assertThat(response.totalPayment()).isEqualTo("1024542.24");
    }

    @Test
    void unvalidatedRequestFailsInTerms() {
        SchedulePreviewRequest request = new SchedulePreviewRequest(new BigDecimal("100.001"), null, null, null,
                LocalDate.of(2025, 1, 15), null);

        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class, request::toTerms);

        assertThat(failure).isNotNull();
        assertThat(failure.violations()).extracting(InvalidInputException.Violation::field)
                .containsExactly("principal", "annualRate", "termMonths", "method");
    }

    @Test
    void validRequestHasNoViolations() {
        assertThat(validator.validate(exampleLoan(RepaymentMethod.EQUAL_PRINCIPAL))).isEmpty();
    }

    @Test
    void emptyRequestViolatesEveryRequiredField() {
        SchedulePreviewRequest request = new SchedulePreviewRequest(null, null, null, null, null, null);

        assertThat(describe(validator.validate(request))).containsExactlyInAnyOrder(
                "principal {loan.principal.required}",
                "annualRate {loan.annualRate.required}",
                "termMonths {loan.termMonths.required}",
                "method {loan.method.required}",
                "startDate {loan.startDate.required}");
    }

    @Test
    void outOfRangeRequestViolatesEachField() {
        SchedulePreviewRequest request = new SchedulePreviewRequest(new BigDecimal("-5"), new BigDecimal("4.5"),
                361, RepaymentMethod.BULLET, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));

        assertThat(describe(validator.validate(request))).containsExactlyInAnyOrder(
                "principal {loan.principal.positive}",
                "annualRate {loan.annualRate.range}",
                "termMonths {loan.termMonths.range}",
                "firstDueDate {loan.firstDueDate.range}");
    }

    @Test
    void principalDigitsAreLimited() {
        SchedulePreviewRequest threeDecimals = withPrincipal(new BigDecimal("1000.005"));
        SchedulePreviewRequest oneTrillion = withPrincipal(new BigDecimal("1000000000000"));

        assertThat(describe(validator.validate(threeDecimals))).containsExactly("principal {loan.principal.digits}");
        assertThat(describe(validator.validate(oneTrillion))).containsExactly("principal {loan.principal.digits}");
        assertThat(validator.validate(withPrincipal(new BigDecimal("999999999999.99")))).isEmpty();
    }

    @Test
    void rateDigitsAreLimited() {
        SchedulePreviewRequest request = new SchedulePreviewRequest(new BigDecimal("1000"),
                new BigDecimal("1E-999999999"), 12, RepaymentMethod.BULLET, LocalDate.of(2025, 3, 10), null);

        assertThat(describe(validator.validate(request))).containsExactly("annualRate {loan.annualRate.digits}");
        assertThat(validator.validate(withRate(new BigDecimal("0")))).isEmpty();
        assertThat(validator.validate(withRate(new BigDecimal("0.12345678")))).isEmpty();
    }

    @Test
    void startDateOutsideSupportedYears() {
        SchedulePreviewRequest request = new SchedulePreviewRequest(new BigDecimal("1000"), new BigDecimal("0.04"),
                12, RepaymentMethod.BULLET, LocalDate.of(3000, 1, 1), null);

        assertThat(describe(validator.validate(request))).containsExactly("startDate {loan.startDate.range}");
    }

    private static SchedulePreviewRequest exampleLoan(RepaymentMethod method) {
        return new SchedulePreviewRequest(new BigDecimal("1000000"), new BigDecimal("0.045"), 12, method,
                LocalDate.of(2025, 1, 15), null);
    }

    private static SchedulePreviewRequest withPrincipal(BigDecimal principal) {
        return new SchedulePreviewRequest(principal, new BigDecimal("0.045"), 12, RepaymentMethod.EQUAL_PRINCIPAL,
                LocalDate.of(2025, 1, 15), null);
    }

    private static SchedulePreviewRequest withRate(BigDecimal annualRate) {
        return new SchedulePreviewRequest(new BigDecimal("1000"), annualRate, 12, RepaymentMethod.EQUAL_PRINCIPAL,
                LocalDate.of(2025, 1, 15), null);
    }

    /** Returns each violation as "field messageTemplate". */
    private static List<String> describe(Iterable<ConstraintViolation<SchedulePreviewRequest>> violations) {
        List<String> described = new java.util.ArrayList<>();
        violations.forEach(violation -> described.add(violation.getPropertyPath() + " "
                + violation.getMessageTemplate()));
        return described;
    }
}
