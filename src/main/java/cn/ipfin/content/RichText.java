package cn.ipfin.content;

/** Sanitised HTML together with its plain text, which search indexes and meta descriptions use. */
public record RichText(String html, String text) {
}
