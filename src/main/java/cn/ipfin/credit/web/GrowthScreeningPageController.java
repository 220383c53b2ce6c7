package cn.ipfin.credit.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import cn.ipfin.core.reference.District;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.credit.GrowthCriteria;
import cn.ipfin.credit.GrowthScreeningService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The growth screening page (成长性筛选) with its ranked list and the Excel export of the same list. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN', 'GOVERNMENT')")
class GrowthScreeningPageController {

    private final GrowthScreeningService screenings;
    private final GrowthScreeningWorkbook workbooks;

    GrowthScreeningPageController(GrowthScreeningService screenings, GrowthScreeningWorkbook workbooks) {
        this.screenings = screenings;
        this.workbooks = workbooks;
    }

    @GetMapping("/growth-screening")
    String screen(@RequestParam(required = false) BigDecimal minRevenueCagr,
            @RequestParam(required = false) BigDecimal minRdIntensity, @RequestParam(required = false) Integer minNewIp,
            @RequestParam(defaultValue = "false") boolean requireTechSme,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String district,
            Model model) {
        GrowthCriteria criteria = criteria(minRevenueCagr, minRdIntensity, minNewIp, requireTechSme, industry, district);
        model.addAttribute("criteria", criteria);
        model.addAttribute("industry", industry);
        model.addAttribute("district", district);
        model.addAttribute("rows", screenings.screen(criteria));
        model.addAttribute("industries", Industry.values());
        model.addAttribute("districts", District.ALL);
        return "credit/growth";
    }

    @GetMapping("/growth-screening.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) BigDecimal minRevenueCagr,
            @RequestParam(required = false) BigDecimal minRdIntensity, @RequestParam(required = false) Integer minNewIp,
            @RequestParam(defaultValue = "false") boolean requireTechSme,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String district,
            Locale locale) {
        GrowthCriteria criteria = criteria(minRevenueCagr, minRdIntensity, minNewIp, requireTechSme, industry, district);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"growth-screening.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, GrowthScreeningWorkbook.CONTENT_TYPE)
                .body(workbooks.write(screenings.screen(criteria), locale));
    }

    private static GrowthCriteria criteria(BigDecimal minRevenueCagr, BigDecimal minRdIntensity, Integer minNewIp,
            boolean requireTechSme, String industry, String district) {
        Integer newIp = minNewIp == null || minNewIp < 0 ? null : minNewIp;
        return new GrowthCriteria(minRevenueCagr, minRdIntensity, newIp, requireTechSme, setOf(industry),
                setOf(district));
    }

    private static Set<String> setOf(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value);
    }
}
