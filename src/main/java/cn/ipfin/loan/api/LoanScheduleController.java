package cn.ipfin.loan.api;

import cn.ipfin.loan.RepaymentScheduleCalculator;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST endpoint that previews repayment schedules from loan terms before any loan exists. */
@RestController
@RequestMapping("/api/v1/loan-schedules")
public class LoanScheduleController {

    private final RepaymentScheduleCalculator calculator;

    public LoanScheduleController(RepaymentScheduleCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * Computes the schedule for the given terms without storing anything. Invalid terms produce HTTP 400 with
     * an error for every invalid field.
     */
    @PostMapping("/preview")
    public SchedulePreviewResponse preview(@Valid @RequestBody SchedulePreviewRequest request) {
        return SchedulePreviewResponse.from(calculator.calculate(request.toTerms()));
    }
}
