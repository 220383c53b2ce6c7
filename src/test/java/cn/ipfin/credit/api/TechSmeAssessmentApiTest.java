package cn.ipfin.credit.api;

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

/** The tech-SME preview in the full application, behind the API security chain. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TechSmeAssessmentApiTest {

    private static final String URL = "/api/v1/tech-sme-assessments/preview";

    private static final String EXAMPLE_FIRM = """
            {"employees": 100, "techStaff": 22, "salesRevenue": 10000000.00, "totalCostAndExpense": 9000000.00,
             "rdExpense": 450000.00, "totalAssets": 50000000.00, "classTwoIpCount": 2}
            """;

    @Autowired
    private MockMvc mvc;

    @Test
    void anonymousRequestIsUnauthorized() throws Exception {
        mvc.perform(post(URL).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(EXAMPLE_FIRM))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("authentication.required"));
    }

    @Test
    void signedInUserGetsChineseByDefault() throws Exception {
        mvc.perform(post(URL).with(user("enterprise")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EXAMPLE_FIRM))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalScore").value(54))
                .andExpect(jsonPath("$.qualified").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("综合评分 54 分，低于合格线 60 分。"));
    }

    @Test
    void validationMessagesComeFromBundles() throws Exception {
        String body = EXAMPLE_FIRM.replace("\"employees\": 100, ", "");

        mvc.perform(post(URL).with(user("enterprise")).with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employees"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the headcount (employees)."));
    }

    @Test
    void fractionalHeadcountIsRejected() throws Exception {
        String body = EXAMPLE_FIRM.replace("\"employees\": 100", "\"employees\": 100.5");

        mvc.perform(post(URL).with(user("enterprise")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employees"));
    }
}
