package cn.ipfin.loan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The preview endpoint in the running application, with its security rules and message bundles. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser
class LoanScheduleControllerTest {

    private static final String PREVIEW = "/api/v1/loan-schedules/preview";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper jsonMapper;

    @Test
    void previewsExampleLoan() throws Exception {
        preview("""
                {"principal": 1000000, "annualRate": 0.045, "termMonths": 12,
                 "method": "EQUAL_INSTALLMENT", "startDate": "2025-01-15"}
                """, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.installments", hasSize(12)))
                .andExpect(jsonPath("$.installments[0].period").value(1))
                .andExpect(jsonPath("$.installments[0].dueDate").value("2025-02-15"))
                .andExpect(jsonPath("$.installments[0].payment").value("85378.52"))
                .andExpect(jsonPath("$.installments[0].principal").value("81628.52"))
                .andExpect(jsonPath("$.installments[0].interest").value("3750.00"))
                .andExpect(jsonPath("$.installments[0].balance").value("918371.48"))
                .andExpect(jsonPath("$.installments[11].balance").value("0.00"))
                .andExpect(jsonPath("$.totalInterest").value("24542.24"))
                .andExpect(jsonPath("$.totalPayment").value("1024542.24"));
    }

    @Test
    void acceptsAmountsAsStrings() throws Exception {
        preview("""
                {"principal": "500000.00", "annualRate": "0.0385", "termMonths": 6, "method": "BULLET",
                 "startDate": "2025-03-10", "firstDueDate": "2025-04-20"}
                """, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.installments", hasSize(1)))
                .andExpect(jsonPath("$.installments[0].dueDate").value("2025-09-20"))
                .andExpect(jsonPath("$.installments[0].interest").value("10213.19"))
                .andExpect(jsonPath("$.totalPayment").value("510213.19"));
    }

    @Test
    void readsJsonNumbersWithoutDouble() {
        // 22 significant digits, which a double cannot carry.
        SchedulePreviewRequest request = jsonMapper.readValue("""
                {"principal": 12345678901.23, "annualRate": 0.0123456789012345678901}
                """, SchedulePreviewRequest.class);

        assertThat(request.principal()).isEqualTo(new BigDecimal("12345678901.23"));
        assertThat(request.annualRate()).isEqualTo(new BigDecimal("0.0123456789012345678901"));
    }

    @Test
    void listsEveryMissingField() throws Exception {
        preview("{}", "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "principal", "annualRate", "termMonths", "method", "startDate")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("请填写期限（月）。")));
    }

    @Test
    void listsEveryInvalidFieldInChinese() throws Exception {
        preview("""
                {"principal": -1, "annualRate": 4.5, "termMonths": 0, "method": "BULLET",
                 "startDate": "2025-03-10", "firstDueDate": "2025-06-10"}
                """, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "principal", "annualRate", "termMonths", "firstDueDate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'termMonths')].message")
                        .value(hasItem("期限（月）须在 1 到 360 之间。")))
                .andExpect(jsonPath("$.errors[?(@.field == 'principal')].message")
                        .value(hasItem("贷款本金须大于 0 元。")));
    }

    @Test
    void listsInvalidFieldsInEnglish() throws Exception {
        preview("""
                {"principal": "100.001", "annualRate": 0.04, "termMonths": 361, "method": "BULLET",
                 "startDate": "2025-03-10"}
                """, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'termMonths')].message")
                        .value(hasItem("The term must be between 1 and 360 months.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'principal')].message").value(hasItem(
                        "The loan principal may have at most two decimal places (fen) and must be below one "
                                + "trillion yuan.")));
    }

    @Test
    void rejectsUnknownMethod() throws Exception {
        preview("""
                {"principal": 1000, "annualRate": 0.04, "termMonths": 12, "method": "BALLOON",
                 "startDate": "2025-03-10"}
                """, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("method"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("method")));
    }

    @Test
    @WithAnonymousUser
    void requiresSignIn() throws Exception {
        preview("""
                {"principal": 1000, "annualRate": 0.04, "termMonths": 12, "method": "BULLET",
                 "startDate": "2025-03-10"}
                """, "zh-CN")
                .andExpect(status().isUnauthorized());
    }

    private ResultActions preview(String json, String language) throws Exception {
        return mvc.perform(post(PREVIEW)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .content(json));
    }
}
