package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The signed valuation reports (评估报告) of one issue date: how many and the sum of their reconciled values in
 * yuan. Statistics read these totals instead of the reports, which carry their PDF.
 */
public record SignedReportTotal(LocalDate issuedOn, Long count, BigDecimal totalValue) {
}
