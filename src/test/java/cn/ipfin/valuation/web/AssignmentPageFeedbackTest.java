package cn.ipfin.valuation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import cn.ipfin.valuation.api.AssignmentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The valuation assignment page confirms each step and explains the draft form, as a user sees them. */
class AssignmentPageFeedbackTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Test
    void quoteAndAcceptShowConfirmation() throws Exception {
        String suffix = TestData.uniqueUsername("");
        Member enterprise = verifiedMember("ENTERPRISE", "页面委托科技有限公司" + suffix);
        Member evaluator = verifiedMember("EVALUATOR", "页面委托资产评估有限公司" + suffix);
        Long assetId = AssignmentFixtures.inventionOf(assets, enterprise.organizationName()).getId();
        ApiClient requesterApi = api().signedInAs(enterprise.username(), TestData.PASSWORD);
        JsonNode requested = requesterApi.post("/api/v1/valuation-assignments", Map.of("evaluatorOrganizationId",
                evaluator.organizationId(), "assetIds", List.of(assetId), "purpose", "知识产权质押融资")).body();
        String path = "/valuation-assignments/" + requested.get("id").asLong();
        PageClient evaluatorPage = PageClient.signedIn(port, evaluator.username());
        PageClient requesterPage = PageClient.signedIn(port, enterprise.username());

        HttpResponse<String> quote = evaluatorPage.postForm(path + "/quote",
                "version=" + requested.get("version").asLong() + "&fee=30000&note=" + PageClient.encode("十个工作日"));
        String quotedPage = evaluatorPage.get(path).body();
        long quotedVersion = requesterApi.get("/api/v1" + path).body().get("version").asLong();
        HttpResponse<String> accept = requesterPage.postForm(path + "/accept", "version=" + quotedVersion);
        String acceptedPage = requesterPage.get(path).body();
        String draftPage = evaluatorPage.get(path).body();

        assertThat(quote.statusCode()).isEqualTo(302);
        assertThat(quotedPage).contains("已报价，等待委托方接受。");
        assertThat(accept.statusCode()).isEqualTo(302);
        assertThat(acceptedPage).contains("已接受报价，评估机构将开始评估。");
        assertThat(acceptedPage).doesNotContain("data-testid=\"errors\"");
        assertThat(draftPage).contains("成本法与市场法可选");
        assertThat(draftPage).doesNotContain("请通过接口提交");
    }
}
