package cn.ipfin.valuation.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.ipfin.valuation.ValuationAssignmentService;
import cn.ipfin.valuation.ValuationReport;

/**
 * Public page that checks a valuation report (评估报告验证): a report number and its content hash either match
 * a signed report, which the page then summarises, or they do not.
 */
@Controller
class ReportVerificationController {

    private final ValuationAssignmentService service;

    ReportVerificationController(ValuationAssignmentService service) {
        this.service = service;
    }

    @GetMapping("/valuation-reports/verify")
    String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String hash,
            Model model) {
        model.addAttribute("number", number);
        model.addAttribute("hash", hash);
        boolean checked = number != null && !number.isBlank() && hash != null && !hash.isBlank();
        model.addAttribute("checked", checked);
        if (checked) {
            Optional<ValuationReport> report = service.verifyReport(number, hash);
            model.addAttribute("valid", report.isPresent());
            report.ifPresent(r -> model.addAttribute("report", r));
        }
        return "valuation/verify";
    }
}
