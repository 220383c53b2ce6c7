package cn.ipfin.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.ipfin.servicedesk.ServiceDeskService;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workbench gives platform operators their review queues and members their own business cards. */
class WorkbenchPageTest extends IntegrationTest {

    private static final Pattern TASK_COUNT = Pattern.compile(
            "data-testid=\"(task-[a-z-]+)\"[^>]*>\\s*<span>[^<]*</span>\\s*<span class=\"badge[^\"]*\">(\\d+)</span>");

    @Autowired
    private ServiceDeskService serviceDesk;

    @Test
    void operatorSeesTaskCounts() throws Exception {
        api().post("/api/v1/organizations/registrations",
                TestData.registration("ENTERPRISE", "待办计数测试科技有限公司"));
        Member enterprise = verifiedMember("ENTERPRISE", "待办工单测试有限公司" + TestData.uniqueUsername(""));
        api().signedInAs(enterprise.username(), TestData.PASSWORD).post("/api/v1/service-desk/tickets", Map.of(
                "channel", "WEB", "category", "POLICY", "subject", "待办计数工单", "description", "贴息怎么申报？"));
        PageClient operator = PageClient.signedIn(port, createOperator());

        String workbench = operator.get("/workbench").body();
        Map<String, Long> counts = taskCounts(workbench);

        assertThat(workbench).contains("data-testid=\"operator-tasks\"", "运营待办");
        assertThat(counts).containsOnlyKeys("task-registrations", "task-listings", "task-articles",
                "task-roadshow", "task-tickets");
        assertThat(counts.get("task-registrations")).isEqualTo(organizations.countPendingRegistrations())
                .isPositive();
        assertThat(counts.get("task-tickets")).isEqualTo(serviceDesk.countOpen()).isPositive();
        assertThat(workbench).contains("href=\"/operator/organizations\"", "href=\"/operator/market\"",
                "href=\"/operator/articles?status=SUBMITTED\"", "href=\"/operator/roadshow\"",
                "href=\"/service-desk\"", "href=\"/operator/legal-status-imports\"");
        assertThat(workbench).doesNotContain("href=\"/ip-assets/imports/new\"", "href=\"/products/mine\"",
                "href=\"/credit/grants\"");
    }

    @Test
    void enterpriseSeesNoOperatorPanel() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "工作台企业测试有限公司" + TestData.uniqueUsername(""));

        String workbench = PageClient.signedIn(port, enterprise.username()).get("/workbench").body();

        assertThat(workbench).doesNotContain("data-testid=\"operator-tasks\"");
        assertThat(workbench).contains("href=\"/ip-assets/imports/new\"", "href=\"/credit/grants\"");
    }

    private static Map<String, Long> taskCounts(String page) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        Matcher matcher = TASK_COUNT.matcher(page);
        while (matcher.find()) {
            counts.put(matcher.group(1), Long.valueOf(matcher.group(2)));
        }
        return counts;
    }
}
