package cn.ipfin.ipasset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Searches a small, known set of assets. Every query filters by an owner unique to this test, so assets of
 * other tests in the shared index never interfere.
 */
class IpSearchTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    private String owner;

    @BeforeEach
    void registerAssets() {
        owner = "检索测试" + TestData.uniqueUsername("o") + "有限公司";
        save(IpKind.INVENTION, "一种自动驾驶车辆的路径规划方法", "G05D 1/02", "授权");
        save(IpKind.INVENTION, "自动泊车与驾驶员疲劳监测装置", "B60W 40/08", "实质审查");
        save(IpKind.UTILITY_MODEL, "一种用于车载通信的天线支架", "H01Q 1/32", "授权");
        save(IpKind.DESIGN, "ＬＥＤ车灯（外观）", null, "未缴年费专利权终止");
    }

    @Test
    void matchesWholeWord() {
        assertThat(titles("自动驾驶")).containsExactly("一种自动驾驶车辆的路径规划方法");
    }

    @Test
    void matchesTwoCharacterPartOfLongerWord() {
        assertThat(titles("通信")).containsExactly("一种用于车载通信的天线支架");
        assertThat(titles("规划")).containsExactly("一种自动驾驶车辆的路径规划方法");
    }

    @Test
    void ranksExactPhraseAboveScatteredCharacters() {
        List<String> titles = titles("自动 驾驶");

        assertThat(titles).hasSize(2);
        assertThat(titles.get(0)).isEqualTo("一种自动驾驶车辆的路径规划方法");
    }

    @Test
    void foldsFullWidthAndCase() {
        assertThat(titles("led")).containsExactly("ＬＥＤ车灯（外观）");
        assertThat(titles("ＬＥＤ车灯")).containsExactly("ＬＥＤ车灯（外观）");
    }

    @Test
    void filtersByKindStatusAndSection() {
        assertThat(search("&type=UTILITY_MODEL").get("totalElements").asLong()).isEqualTo(1);
        assertThat(search("&legalStatus=LAPSED").get("content").get(0).get("title").asString())
                .isEqualTo("ＬＥＤ车灯（外观）");
        assertThat(search("&ipcSection=g").get("content").get(0).get("title").asString())
                .isEqualTo("一种自动驾驶车辆的路径规划方法");
        assertThat(search("").get("totalElements").asLong()).isEqualTo(4);
    }

    @Test
    void highlightsMatchedText() {
        JsonNode hit = search("&q=" + encode("路径")).get("content").get(0);

        assertThat(hit.get("highlightedTitle").asString()).contains("<mark>", "</mark>").contains("路径");
    }

    @Test
    void findsByApplicationNumberInAnyForm() {
        IpAsset saved = save(IpKind.INVENTION, "一种按申请号检索的测试方法", null, "授权");
        String number = saved.getNumber();

        JsonNode result = search("&q=" + encode("ZL" + number.replace(".", "").toLowerCase()));

        assertThat(result.get("totalElements").asLong()).isEqualTo(1);
        assertThat(result.get("content").get(0).get("number").asString()).isEqualTo(number);
    }

    private IpAsset save(IpKind kind, String title, String ipc, String status) {
        int typeDigit = switch (kind) {
            case INVENTION -> 1;
            case DESIGN -> 3;
            default -> 2;
        };
        String number = ManualEntryApiTest.nextNumber(typeDigit);
        IpAssetData data = new IpAssetData(kind, title, null, null, List.of(owner), List.of(), null,
                LocalDate.of(2021, 5, 6), null, null, ipc == null ? List.of() : List.of(ipc), ipc, 8, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, status, "TEST", "test").asset();
    }

    private List<String> titles(String text) {
        List<String> titles = new ArrayList<>();
        search("&q=" + encode(text)).get("content").forEach(hit -> titles.add(hit.get("title").asString()));
        return titles;
    }

    private JsonNode search(String parameters) {
        return api().get("/api/v1/ip-assets?owner=" + encode(owner) + parameters).body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
