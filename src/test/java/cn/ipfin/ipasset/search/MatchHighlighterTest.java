package cn.ipfin.ipasset.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MatchHighlighterTest {

    @Test
    void marksChineseWordInTitle() {
        assertThat(MatchHighlighter.of("路径").highlight("一种自动驾驶车辆的路径规划方法"))
                .isEqualTo("一种自动驾驶车辆的<mark>路径</mark>规划方法");
    }

    @Test
    void marksOverlappingBigramsAsOneMatch() {
        assertThat(MatchHighlighter.of("自动驾驶").terms()).containsExactly("自动", "动驾", "驾驶");
        assertThat(MatchHighlighter.of("自动驾驶").highlight("一种自动驾驶车辆"))
                .isEqualTo("一种<mark>自动驾驶</mark>车辆");
    }

    @Test
    void marksEveryQueryWord() {
        assertThat(MatchHighlighter.of("自动 驾驶").highlight("自动泊车与驾驶员疲劳监测装置"))
                .isEqualTo("<mark>自动</mark>泊车与<mark>驾驶</mark>员疲劳监测装置");
    }

    @Test
    void marksSingleChineseCharacter() {
        assertThat(MatchHighlighter.of("车").highlight("车载通信与车灯")).isEqualTo("<mark>车</mark>载通信与<mark>车</mark>灯");
    }

    @Test
    void foldsWidthAndCase() {
        assertThat(MatchHighlighter.of("led车灯").highlight("ＬＥＤ车灯（外观）")).isEqualTo("<mark>ＬＥＤ车灯</mark>（外观）");
        assertThat(MatchHighlighter.of("ＬＥＤ").highlight("Led lamp")).isEqualTo("<mark>Led</mark> lamp");
    }

    @Test
    void matchesLatinWordsOnlyWhole() {
        assertThat(MatchHighlighter.of("led").highlight("ledger of LED lights"))
                .isEqualTo("ledger of <mark>LED</mark> lights");
    }

    @Test
    void escapesTextWithAndWithoutMatches() {
        assertThat(MatchHighlighter.of("储能").highlight("<b>储能</b> & \"电站\""))
                .isEqualTo("&lt;b&gt;<mark>储能</mark>&lt;/b&gt; &amp; &quot;电站&quot;");
        assertThat(MatchHighlighter.of("").highlight("A<B")).isEqualTo("A&lt;B");
        assertThat(MatchHighlighter.of((String) null).highlight(null)).isNull();
    }

    @Test
    void combinesTheTermsOfSeveralQueries() {
        assertThat(MatchHighlighter.of("储能", "太原").highlight("太原储能科技有限公司"))
                .isEqualTo("<mark>太原储能</mark>科技有限公司");
    }

    @Property
    void unmarkedTextEqualsOriginal(
            @ForAll @StringLength(max = 30) @Chars({'储', '能', '电', '站', 'a', 'B', ' ', '<', '&', '"', 'Ａ'})
            @CharRange(from = 'x', to = 'z') String text,
            @ForAll @StringLength(max = 6) @Chars({'储', '能', '电', 'a', 'b', 'Ａ', ' '}) String query) {
        String html = MatchHighlighter.of(query).highlight(text);

        String plain = html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertThat(plain).isEqualTo(text);
        assertThat(html).doesNotContain("<mark></mark>").doesNotContain("</mark><mark>");
    }
}
