package cn.ipfin.credit.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.credit.GrowthCriteria;
import cn.ipfin.credit.GrowthScreeningRow;
import cn.ipfin.credit.GrowthScreeningService;
import cn.ipfin.credit.web.GrowthScreeningWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Growth screening over all enterprises for operators and government users, as JSON or as an Excel file. */
@RestController
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN', 'GOVERNMENT')")
class GrowthScreeningApiController {

    private final GrowthScreeningService screenings;
    private final GrowthScreeningWorkbook workbooks;

    GrowthScreeningApiController(GrowthScreeningService screenings, GrowthScreeningWorkbook workbooks) {
        this.screenings = screenings;
        this.workbooks = workbooks;
    }

    record CriteriaRequest(BigDecimal minRevenueCagr, BigDecimal minRdIntensity, Integer minNewIp,
            Boolean requireTechSme, Set<String> industries, Set<String> districts) {

        GrowthCriteria toCriteria() {
            if (minNewIp != null && minNewIp < 0) {
                throw InvalidInputException.of("minNewIp", "credit.growth.minNewIp.invalid");
            }
            return new GrowthCriteria(minRevenueCagr, minRdIntensity, minNewIp, Boolean.TRUE.equals(requireTechSme),
                    industries, districts);
        }
    }

    @PostMapping("/api/v1/growth-screenings")
    List<GrowthScreeningRow> screen(@RequestBody CriteriaRequest request) {
        return screenings.screen(request.toCriteria());
    }

    @PostMapping("/api/v1/growth-screenings/export")
    ResponseEntity<byte[]> export(@RequestBody CriteriaRequest request, Locale locale) {
        byte[] workbook = workbooks.write(screenings.screen(request.toCriteria()), locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"growth-screening.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, GrowthScreeningWorkbook.CONTENT_TYPE)
                .body(workbook);
    }
}
