package cn.ipfin.valuation.api;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.ipfin.valuation.IncomeApproachCalculator;

/** Income approach (收益法) valuation endpoints. */
@RestController
@RequestMapping("/api/v1/valuations/income-approach")
public class IncomeApproachController {

    private final IncomeApproachCalculator calculator = new IncomeApproachCalculator();

    /** Values the given forecast without storing anything. */
    @PostMapping("/preview")
    public IncomeApproachResponse preview(@Valid @RequestBody IncomeApproachRequest request) {
        return IncomeApproachResponse.from(calculator.value(request.toInput()));
    }
}
