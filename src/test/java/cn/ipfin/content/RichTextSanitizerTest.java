package cn.ipfin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RichTextSanitizerTest {

    private final RichTextSanitizer sanitizer = new RichTextSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script><p>正文</p>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT><p>正文</p>",
            "<p>正文<script>document.cookie</script></p>",
            "<img src=x onerror=alert(1)><p>正文</p>",
            "<svg onload=alert(1)><p>正文</p></svg>",
            "<svg><script>alert(1)</script></svg><p>正文</p>",
            "<p onclick=\"alert(1)\" onmouseover='alert(2)'>正文</p>",
            "<a href=\"javascript:alert(1)\">正文</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">正文</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">正文</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">正文</a>",
            "<a href=\" javascript:alert(1)\">正文</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">正文</a>",
            "<a href=\"vbscript:msgbox(1)\">正文</a>",
            "<iframe src=\"https://evil.example\"></iframe><p>正文</p>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><p>正文</p>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\"><p>正文</p>",
            "<p style=\"background:url(javascript:alert(1))\">正文</p>",
            "<p style=\"width: expression(alert(1))\">正文</p>",
            "<style>p{background:url(javascript:alert(1))}</style><p>正文</p>",
            "<link rel=stylesheet href=\"https://evil.example/x.css\"><p>正文</p>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>正文</p>",
            "<form action=\"https://evil.example\"><input name=x><button>提交</button></form><p>正文</p>",
            "<scr<script>ipt>alert(1)</scr</script>ipt><p>正文</p>",
            "<<script>alert(1);//<</script><p>正文</p>",
            "<p>正文</p><!--<script>alert(1)</script>-->",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>正文</p>",
            "<body onload=alert(1)><p>正文</p></body>",
            "<details open ontoggle=alert(1)><p>正文</p></details>",
            "<a href=\"https://ok.example\" onfocus=\"alert(1)\" autofocus>正文</a>",
            "<table background=\"javascript:alert(1)\"><tr><td>正文</td></tr></table>",
            "<base href=\"javascript:alert(1)//\"><p>正文</p>",
            "<p>正文</p><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"
    })
    void removesScriptPayloads(String payload) {
        String html = sanitizer.sanitize(payload).html().toLowerCase(Locale.ROOT);

        assertThat(html).doesNotContain("<script");
        assertThat(html).doesNotContain("javascript:");
        assertThat(html).doesNotContain("vbscript:");
        assertThat(html).doesNotContain("data:");
        assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertThat(html).doesNotContain("<iframe");
        assertThat(html).doesNotContain("<img");
        assertThat(html).doesNotContain("<svg");
        assertThat(html).doesNotContain("<style");
        assertThat(html).doesNotContain("style=");
        assertThat(html).doesNotContain("expression(");
        assertThat(html).doesNotContain("<object");
        assertThat(html).doesNotContain("<embed");
        assertThat(html).doesNotContain("<form");
        assertThat(html).doesNotContain("<base");
        assertThat(html).doesNotContain("<meta");
        assertThat(html).contains("正文");
    }

    @Test
    void keepsTheSafeSubset() {
        String input = "<h2>标题</h2><p><strong>粗体</strong><em>斜体</em><b>b</b><i>i</i></p>"
                + "<ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引用</blockquote>"
                + "<table><thead><tr><th colspan=\"2\">表头</th></tr></thead><tbody><tr><td>甲</td><td>乙</td></tr></tbody></table>";

        String html = sanitizer.sanitize(input).html();

        assertThat(html).contains("<h2>标题</h2>", "<strong>粗体</strong>", "<em>斜体</em>", "<ul><li>一</li></ul>",
                "<ol><li>二</li></ol>", "<blockquote>引用</blockquote>", "<th colspan=\"2\">表头</th>",
                "<td>甲</td>");
    }

    @Test
    void keepsHttpLinksWithSafeRel() {
        String html = sanitizer.sanitize("<a href=\"https://www.cnipa.gov.cn/\">国家知识产权局</a>").html();

        assertThat(html).contains("href=\"https://www.cnipa.gov.cn/\"");
        java.util.regex.Matcher rel = java.util.regex.Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        assertThat(rel.find()).isTrue();
        assertThat(rel.group(1).split(" ")).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
    }

    @Test
    void dropsHrefOfOtherSchemesAndProtocolRelativeLinks() {
        assertThat(sanitizer.sanitize("<a href=\"ftp://example.com/x\">x</a>").html()).doesNotContain("href");
        assertThat(sanitizer.sanitize("<a href=\"//evil.example/x\">x</a>").html()).doesNotContain("href");
        assertThat(sanitizer.sanitize("<a href=\"mailto:a@example.com\">x</a>").html()).doesNotContain("href");
    }

    @Test
    void keepsSitePaths() {
        assertThat(sanitizer.sanitize("<a href=\"/articles/3\">x</a>").html()).contains("href=\"/articles/3\"");
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        RichText text = sanitizer.sanitize("<p>利率 &lt; 4% &amp; 期限 &gt; 1 年 \"说明\"</p>");

        assertThat(text.html()).doesNotContain("< 4%");
        assertThat(text.text()).isEqualTo("利率 < 4% & 期限 > 1 年 \"说明\"");
    }

    @Test
    void plainTextHasOneLinePerBlock() {
        RichText text = sanitizer.sanitize("<h2>标题</h2><p>第一段</p><ul><li>一</li><li>二</li></ul>");

        assertThat(text.text()).isEqualTo("标题\n第一段\n一\n二");
    }

    @Test
    void bodyOfOnlyScriptsIsEmpty() {
        RichText text = sanitizer.sanitize("<script>alert(1)</script><style>p{}</style>");

        assertThat(text.html()).isEmpty();
        assertThat(text.text()).isEmpty();
    }
}
