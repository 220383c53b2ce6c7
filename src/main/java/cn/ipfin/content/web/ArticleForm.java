package cn.ipfin.content.web;

import java.util.Arrays;

import cn.ipfin.content.Article;
import cn.ipfin.content.ArticleChannel;
import cn.ipfin.content.ArticleDraft;

/** The article form as the browser posts it; tags come as one line separated by commas or spaces. */
public class ArticleForm {

    private String channel = ArticleChannel.POLICY.name();
    private String title;
    private String summary;
    private String body;
    private String source;
    private String tags;
    private long version;

    static ArticleForm of(Article article) {
        ArticleForm form = new ArticleForm();
        form.channel = article.getChannel().name();
        form.title = article.getTitle();
        form.summary = article.getSummary();
        form.body = article.getBody();
        form.source = article.getSource();
        form.tags = String.join(" ", article.getTags());
        form.version = article.getVersion();
        return form;
    }

    ArticleDraft toDraft() {
        ArticleChannel parsed = Arrays.stream(ArticleChannel.values()).filter(c -> c.name().equals(channel))
                .findFirst().orElse(null);
        return new ArticleDraft(parsed, title, summary, body, source,
                tags == null ? null : Arrays.asList(tags.split("[,，、;；\\s]+")));
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
