package cn.ipfin.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.lowagie.text.pdf.BaseFont;

/**
 * The CJK font embedded in the monthly report: WenQuanYi Micro Hei from {@code fonts/} on the class path.
 * OpenPDF opens a TrueType collection only from a file, so the font is copied once to a temporary file and its
 * first face is opened as {@code file.ttc,0}.
 */
final class ReportFont {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    private static volatile BaseFont font;

    private ReportFont() {
    }

    static BaseFont get() {
        if (font == null) {
            synchronized (ReportFont.class) {
                if (font == null) {
                    font = load();
                }
            }
        }
        return font;
    }

    private static BaseFont load() {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font " + RESOURCE + " is missing from the class path");
            }
            Path file = Files.createTempFile("ipfin-dashboard-font", ".ttc");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return BaseFont.createFont(file.toAbsolutePath() + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Loading the report font failed", e);
        }
    }
}
