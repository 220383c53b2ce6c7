package cn.ipfin.credit.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import cn.ipfin.core.error.ApiExceptionHandler;

/**
 * Request-to-response mapping of the tech-SME preview on a standalone MockMvc with the real message bundles,
 * validator and error handler, without security.
 */
class TechSmeAssessmentControllerTest {

    private static final String URL = "/api/v1/tech-sme-assessments/preview";

    private static final String EXAMPLE_FIRM = """
            {"employees": 100, "techStaff": 22, "salesRevenue": 10000000.00, "totalCostAndExpense": 9000000.00,
             "rdExpense": 450000.00, "totalAssets": 50000000.00, "classOneIpCount": 0, "classTwoIpCount": 2}
            """;

    private final MockMvc mvc = buildMvc();

    private static MockMvc buildMvc() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new TechSmeAssessmentController(messages))
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
    void exampleFirmScores54InChinese() throws Exception {
        preview(EXAMPLE_FIRM, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.qualified").value(false))
                .andExpect(jsonPath("$.route").value("SCORED"))
                .andExpect(jsonPath("$.totalScore").value(54))
                .andExpect(jsonPath("$.techStaffScore").value(12))
                .andExpect(jsonPath("$.rdScore").value(30))
                .andExpect(jsonPath("$.ipScore").value(12))
                .andExpect(jsonPath("$.reasons[0]").value("综合评分 54 分，低于合格线 60 分。"))
                .andExpect(jsonPath("$.suggestions[1]").value(
                        "研究开发费用达到 500,000.00 元（再增加 50,000.00 元，占销售收入的 5%）可得 40 分，比现在多 10 分。"))
                .andExpect(jsonPath("$.indicators[0].indicator").value("TECH_STAFF_RATIO"))
                .andExpect(jsonPath("$.indicators[0].label").value("科技人员占职工总数的比例"))
                .andExpect(jsonPath("$.indicators[0].value").value("0.2200"))
                .andExpect(jsonPath("$.indicators[0].grade").value("C"))
                .andExpect(jsonPath("$.indicators[1].value").value("0.0450"))
                .andExpect(jsonPath("$.indicators[2].counted").value(false))
                .andExpect(jsonPath("$.indicators[3].value").value("2"));
    }

    @Test
    void exampleFirmScores54InEnglish() throws Exception {
        preview(EXAMPLE_FIRM, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reasons[0]").value("The total score of 54 is below the pass mark of 60."))
                .andExpect(jsonPath("$.suggestions[0]").value(
                        "With 25 tech staff (25% of employees) the tech staff indicator scores 16, 4 more than now."));
    }

    @Test
    void inventionPatentQualifies() throws Exception {
        String body = EXAMPLE_FIRM.replace("\"classOneIpCount\": 0", "\"classOneIpCount\": 1");

        preview(body, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalScore").value(72))
                .andExpect(jsonPath("$.qualified").value(true))
                .andExpect(jsonPath("$.reasons").isEmpty());
    }

    @Test
    void directQualificationIsRead() throws Exception {
        String body = """
                {"employees": 20, "techStaff": 0, "salesRevenue": 0, "totalCostAndExpense": 0, "rdExpense": 0,
                 "totalAssets": 1000000, "directQualifications": ["HIGH_TECH_ENTERPRISE"]}
                """;

        preview(body, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.route").value("DIRECT"))
                .andExpect(jsonPath("$.qualified").value(true))
                .andExpect(jsonPath("$.directQualifications[0]").value("HIGH_TECH_ENTERPRISE"))
                .andExpect(jsonPath("$.reasons", hasItem("销售收入为 0，研发费用占销售收入的比例按 0 计算。")));
    }

    @Test
    void falseDeclarationMakesIneligible() throws Exception {
        String body = EXAMPLE_FIRM.replace("\"classTwoIpCount\": 2", "\"classTwoIpCount\": 2, \"mainlandResident\": false");

        preview(body, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("The enterprise has not declared that it is a resident "
                        + "enterprise registered in mainland China (Hong Kong, Macao and Taiwan excluded), so it is "
                        + "not eligible."));
    }

    @Test
    void invalidFieldsAreListedTogether() throws Exception {
        String body = """
                {"techStaff": 5, "salesRevenue": -1, "totalCostAndExpense": 1.005, "rdExpense": 0,
                 "classTwoIpCount": -1}
                """;

        preview(body, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("employees", "salesRevenue",
                        "totalCostAndExpense", "totalAssets", "classTwoIpCount")))
                .andExpect(jsonPath("$.errors[?(@.field == 'employees')].message")
                        .value("请填写职工总数（employees）。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'totalCostAndExpense')].message")
                        .value("成本费用支出总额（totalCostAndExpense）须为不小于 0 的金额，单位为元，最多两位小数。"));
    }

    @Test
    void techStaffAboveEmployeesIsFieldError() throws Exception {
        String body = EXAMPLE_FIRM.replace("\"techStaff\": 22", "\"techStaff\": 101");

        preview(body, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("techStaff"))
                .andExpect(jsonPath("$.errors[0].message").value("The tech staff count (techStaff) must not exceed "
                        + "the headcount (employees). Check both numbers."));
    }

    @Test
    void unknownDirectQualificationIsBadRequest() throws Exception {
        String body = EXAMPLE_FIRM.replace("\"classTwoIpCount\": 2", "\"directQualifications\": [\"GOLD_MEDAL\"]");

        preview(body, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("directQualifications[0]"));
    }

    @Test
    void fractionalHeadcountIsBadRequest() throws Exception {
        String body = EXAMPLE_FIRM.replace("\"employees\": 100", "\"employees\": 100.5");

        preview(body, "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employees"))
                .andExpect(jsonPath("$.errors[0].message").value("职工总数（employees）须为不小于 0 的整数。"));
    }
}
