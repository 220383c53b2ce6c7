package cn.ipfin.roadshow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.support.ApiClient;

/** Request bodies and steps that several roadshow tests share. */
final class RoadshowFixtures {

    private RoadshowFixtures() {
    }

    static Map<String, Object> project(String title, List<Long> ipAssetIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "井下瓦斯与粉尘一体化监测终端，已在 12 座煤矿部署。");
        body.put("industry", "C");
        body.put("stage", "SERIES_A");
        body.put("amountSought", "30000000.00");
        body.put("method", "EQUITY");
        body.put("useOfFunds", "扩建传感器产线 60%，研发 30%，补充流动资金 10%。");
        body.put("ipAssetIds", ipAssetIds);
        body.put("team", List.of(Map.of("name", "王强", "title", "创始人、总经理", "background", "煤炭科学研究总院 15 年")));
        return body;
    }

    /** Registers a valid invention patent of the enterprise and returns its id in the registry. */
    static long registerInvention(ApiClient enterprise, String owner) {
        String digits = String.format("2022%d%07d", 1, Math.floorMod(System.nanoTime(), 10_000_000L));
        Map<String, Object> patent = Map.of("kind", "INVENTION",
                "number", digits + "." + PatentApplicationNumber.computeCheckCharacter(digits),
                "title", "一种矿用多参数气体传感器", "owners", owner, "filingDate", "2022-03-15",
                "claimsCount", "8", "legalStatus", "VALID");
        ApiClient.Response response = enterprise.post("/api/v1/ip-assets", patent);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asLong();
    }

    /** Creates, submits and publishes a project and returns its id. */
    static long publishedProject(ApiClient enterprise, ApiClient operator, Map<String, Object> body) {
        ApiClient.Response created = enterprise.post("/api/v1/roadshow/projects", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        ApiClient.Response submitted = enterprise.post("/api/v1/roadshow/projects/" + id + "/submit?version="
                + created.body().get("version").asLong(), Map.of());
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        ApiClient.Response published = operator.post("/api/v1/roadshow/projects/" + id + "/publish?version="
                + submitted.body().get("version").asLong(), Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        return id;
    }
}
