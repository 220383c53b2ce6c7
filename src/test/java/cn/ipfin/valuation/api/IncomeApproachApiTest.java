package cn.ipfin.valuation.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The income-approach preview in the full application, with the application's own JSON mapper. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IncomeApproachApiTest {

    private static final String URL = "/api/v1/valuations/income-approach/preview";

    @Autowired
    private MockMvc mvc;

    @Test
    void anonymousRequestIsUnauthorized() throws Exception {
        mvc.perform(post(URL).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void fiveYearsAtSixteenPercent() throws Exception {
        String body = """
                {"annualRevenues": [10000000, 10000000, 10000000, 10000000, 10000000],
                 "royaltyRate": 0.03, "taxRate": 0.25, "discountRate": 0.16, "remainingTermYears": 12}
                """;

        mvc.perform(post(URL).with(user("bank")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("736716.07"))
                .andExpect(jsonPath("$.presentValues[0]").value("193965.52"))
                .andExpect(jsonPath("$.presentValues[4]").value("107125.43"))
                .andExpect(jsonPath("$.roundingDifference").value("-0.01"));
    }

    @Test
    void applicationMapperKeepsDecimalDigits() throws Exception {
        String body = """
                {"annualRevenues": [1000000], "royaltyRate": 0.030000000000000001, "taxRate": 0.25,
                 "riskFreeRate": 0.03, "riskPremiums": {"MARKET": 0.130000000000000000001}}
                """;

        mvc.perform(post(URL).with(user("bank")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.royaltyRate").value("0.030000000000000001"))
                .andExpect(jsonPath("$.discountRate").value("0.160000000000000000001"));
    }

    @Test
    void beyondRemainingTermIsRejectedInEnglish() throws Exception {
        String body = """
                {"annualRevenues": [1000, 1000, 1000], "royaltyRate": 0.03, "taxRate": 0.25,
                 "discountRate": 0.16, "remainingTermYears": 2}
                """;

        mvc.perform(post(URL).with(user("bank")).with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("annualRevenues"))
                .andExpect(jsonPath("$.errors[0].message").value("The forecast revenues (annualRevenues) cover 3 "
                        + "years, more than the 2 years left of the statutory term. The economic life cannot "
                        + "exceed the remaining term, so remove the extra years."));
    }
}
