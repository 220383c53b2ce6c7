package cn.ipfin.content;

import java.util.List;

/**
 * The fields of an article as an operator enters them. {@code body} is HTML that the service sanitises before
 * saving, {@code summary} is the description search engines show, and {@code tags} are short keywords.
 */
public record ArticleDraft(ArticleChannel channel, String title, String summary, String body, String source,
        List<String> tags) {

    public ArticleDraft {
        tags = tags == null ? List.of() : tags.stream().filter(tag -> tag != null && !tag.isBlank())
                .map(String::strip).distinct().toList();
    }
}
