package cn.ipfin.valuation.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import cn.ipfin.core.error.ApiExceptionHandler;

/**
 * Request-to-response mapping of the income-approach preview on a standalone MockMvc with the real message
 * bundles, validator and error handler, without security.
 */
class IncomeApproachControllerTest {

    private static final String URL = "/api/v1/valuations/income-approach/preview";

    private static final String FIVE_YEARS = "[10000000, 10000000, 10000000, 10000000, 10000000]";

    private final MockMvc mvc = buildMvc();

    private static MockMvc buildMvc() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new IncomeApproachController())
                .setControllerAdvice(new ApiExceptionHandler(messages))
                .setValidator(validator)
                .build();
    }

    private ResultActions preview(String body, String language) throws Exception {
        return mvc.perform(post(URL)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .content(body));
    }

    @Test
    void fiveYearsAtSixteenPercent() throws Exception {
        String body = """
                {"annualRevenues": %s, "royaltyRate": 0.03, "taxRate": 0.25, "discountRate": 0.16}
                """.formatted(FIVE_YEARS);

        preview(body, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("736716.07"))
                .andExpect(jsonPath("$.presentValues[0]").value("193965.52"))
                .andExpect(jsonPath("$.presentValues[1]").value("167211.65"))
                .andExpect(jsonPath("$.presentValues[2]").value("144147.98"))
                .andExpect(jsonPath("$.presentValues[3]").value("124265.50"))
                .andExpect(jsonPath("$.presentValues[4]").value("107125.43"))
                .andExpect(jsonPath("$.roundingDifference").value("-0.01"))
                .andExpect(jsonPath("$.royaltyRate").value("0.03"))
                .andExpect(jsonPath("$.discountRate").value("0.16"));
    }

    @Test
    void builtUpDiscountRateAndProfitSplit() throws Exception {
        String body = """
                {"annualRevenues": %s, "profitSplitRule": "FOUR_FACTOR", "profitMargin": 0.12, "taxRate": 0.25,
                 "riskFreeRate": 0.03,
                 "riskPremiums": {"TECHNOLOGY": 0.05, "MARKET": 0.04, "FUNDING": 0.02, "MANAGEMENT": 0.02}}
                """.formatted(FIVE_YEARS);

        preview(body, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("736716.07"))
                .andExpect(jsonPath("$.royaltyRate").value("0.0300"))
                .andExpect(jsonPath("$.discountRate").value("0.16"));
    }

    @Test
    void decimalsKeepDigitsBeyondDouble() throws Exception {
        String body = """
                {"annualRevenues": [10000000.01], "royaltyRate": 0.030000000000000001, "taxRate": 0.25,
                 "riskFreeRate": 0.03, "riskPremiums": {"TECHNOLOGY": 0.130000000000000000001}}
                """;

        preview(body, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.royaltyRate").value("0.030000000000000001"))
                .andExpect(jsonPath("$.discountRate").value("0.160000000000000000001"));
    }

    @Test
    void invalidFieldsAreListedTogether() throws Exception {
        String body = """
                {"annualRevenues": [-1, 1.001, 5], "royaltyRate": 1, "discountRate": 0}
                """;

        preview(body, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("annualRevenues[0]", "annualRevenues[1]",
                        "royaltyRate", "taxRate", "discountRate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'royaltyRate')].message")
                        .value("分成率（royaltyRate）须大于 0 且小于 1，例如 3% 填 0.03。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'taxRate')].message")
                        .value("请填写所得税税率（taxRate），例如 25% 填 0.25。"));
    }

    @Test
    void moreThanThirtyYearsIsRejected() throws Exception {
        String revenues = "[" + String.join(", ", Collections.nCopies(31, "1000")) + "]";
        String body = """
                {"annualRevenues": %s, "royaltyRate": 0.03, "taxRate": 0.25, "discountRate": 0.16}
                """.formatted(revenues);

        preview(body, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("annualRevenues"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Enter forecast revenues (annualRevenues) for 1 to 30 years, one amount per year."));
    }

    @Test
    void forecastBeyondRemainingTermIsRejected() throws Exception {
        String body = """
                {"annualRevenues": %s, "royaltyRate": 0.03, "taxRate": 0.25, "discountRate": 0.16,
                 "remainingTermYears": 4}
                """.formatted(FIVE_YEARS);

        preview(body, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("annualRevenues"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "预测收入（annualRevenues）有 5 年，超过剩余法定保护期 4 年。收益期不能超过剩余保护期，请删去多出的年份。"));
    }

    @Test
    void missingDiscountRateIsRejected() throws Exception {
        String body = """
                {"annualRevenues": [1000], "royaltyRate": 0.03, "taxRate": 0.25}
                """;

        preview(body, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("discountRate"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the discount rate (discountRate), or the "
                        + "risk-free rate (riskFreeRate) and risk premiums (riskPremiums) that add up to it."));
    }

    @Test
    void twoWaysOfEachRateAreRejected() throws Exception {
        String body = """
                {"annualRevenues": [1000], "royaltyRate": 0.03, "profitMargin": 0.1, "taxRate": 0.25,
                 "discountRate": 0.16, "riskFreeRate": 0.03}
                """;

        preview(body, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("royaltyRate", "discountRate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'royaltyRate')].message").value(
                        "分成率（royaltyRate）与利润分成（profitShare、profitSplitRule、profitMargin）只能填写其中一种。"));
    }

    @Test
    void builtUpRateOfOneIsRejected() throws Exception {
        String body = """
                {"annualRevenues": [1000], "royaltyRate": 0.03, "taxRate": 0.25,
                 "riskFreeRate": 0.5, "riskPremiums": {"MARKET": 0.5}}
                """;

        preview(body, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("discountRate"))
                .andExpect(jsonPath("$.errors[0].message").value("The risk-free rate and risk premiums add up to "
                        + "100%, but the discount rate must be greater than 0 and less than 100%. Adjust the rates."));
    }

    @Test
    void invalidRiskPremiumIsNamed() throws Exception {
        String body = """
                {"annualRevenues": [1000], "royaltyRate": 0.03, "taxRate": 0.25,
                 "riskFreeRate": 0.03, "riskPremiums": {"FUNDING": -0.01}}
                """;

        preview(body, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskPremiums[FUNDING]"));
    }
}
