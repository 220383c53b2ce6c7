package cn.ipfin.content;

import java.math.BigDecimal;

/**
 * The fields of a financing case as an operator enters them: {@code enterprise} may be an anonymised
 * description such as "太原某新材料企业", {@code amount} is yuan, {@code termMonths} months, and {@code modelCode}
 * the code of a financing model.
 */
public record FinancingCaseDetails(String title, String enterprise, String industry, BigDecimal amount,
        Integer termMonths, String ipDescription, String modelCode, String lender, String outcome) {
}
