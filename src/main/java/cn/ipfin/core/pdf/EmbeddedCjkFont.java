package cn.ipfin.core.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.lowagie.text.pdf.BaseFont;

/**
 * The CJK font that the application embeds in its PDF documents: WenQuanYi Micro Hei, carried on the class path
 * under {@code fonts/}, so a document renders Chinese on a machine with no fonts installed. OpenPDF reads a
 * TrueType collection only from a file, so the font is copied once to a temporary file and its first face is
 * opened as {@code file.ttc,0}.
 */
public final class EmbeddedCjkFont {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    private static volatile BaseFont font;

    private EmbeddedCjkFont() {
    }

    public static BaseFont get() {
        if (font == null) {
            synchronized (EmbeddedCjkFont.class) {
                if (font == null) {
                    font = load();
                }
            }
        }
        return font;
    }

    private static BaseFont load() {
        try (InputStream in = EmbeddedCjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font " + RESOURCE + " is missing from the class path");
            }
            Path file = Files.createTempFile("ipfin-cjk-font", ".ttc");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return BaseFont.createFont(file.toAbsolutePath() + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Loading the embedded CJK font failed", e);
        }
    }
}
