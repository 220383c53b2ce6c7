package cn.ipfin.credit.api;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.ipfin.credit.TechSmeAssessment;
import cn.ipfin.credit.TechSmeAssessmentCalculator;
import cn.ipfin.credit.TechSmeRules;

/** Tech-SME assessment (科技型中小企业评价) endpoints. */
@RestController
@RequestMapping("/api/v1/tech-sme-assessments")
public class TechSmeAssessmentController {

    private final TechSmeAssessmentCalculator calculator = new TechSmeAssessmentCalculator(TechSmeRules.RULES_2017);
    private final MessageSource messages;

    public TechSmeAssessmentController(MessageSource messages) {
        this.messages = messages;
    }

    /** Scores the given figures without storing anything. */
    @PostMapping("/preview")
    public TechSmeAssessmentResponse preview(@Valid @RequestBody TechSmeAssessmentRequest request, Locale locale) {
        TechSmeAssessment assessment = calculator.assess(request.toInput());
        return TechSmeAssessmentResponse.from(assessment, messages, locale);
    }
}
