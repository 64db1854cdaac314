package dev.tandem.meeting.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the minutes' Markdown document as a PDF (A4, headings larger, list items indented, long lines wrapped; CJK
 * text may break between any two characters). Chinese text needs a CJK font with TrueType outlines, embedded as a
 * subset: the file named by {@code tandem.minutes.pdf-font}, else the first of the usual Debian, Windows and macOS
 * places that loads. A {@code .ttc} collection is opened with fontbox's {@link TrueTypeCollection} and its first font
 * with TrueType outlines taken (Noto CJK's collections hold CFF outlines, which PDFBox does not embed). Without one the
 * PDF is still written in Helvetica, characters it lacks shown as "?", and the log says which font is missing.
 */
@Component
public class MinutesPdf {

    private static final Logger log = LoggerFactory.getLogger(MinutesPdf.class);

    /** Where CJK fonts with TrueType outlines usually are, most likely first. */
    static final List<String> USUAL_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc");

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;

    private final List<String> candidates;
    private final AtomicBoolean warned = new AtomicBoolean();

    @Autowired
    MinutesPdf(@Value("${tandem.minutes.pdf-font:}") String configured) {
        List<String> list = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            list.add(configured.strip());
        }
        list.addAll(USUAL_FONTS);
        this.candidates = List.copyOf(list);
    }

    /** For tests: only these font files. */
    MinutesPdf(List<String> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The PDF of a Markdown document; {@code title} becomes the document's title. */
    public byte[] write(String title, String markdown) {
        List<Closeable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Tandem");
            PDFont font = font(doc, open);
            new Layout(doc, font).markdown(markdown);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Closeable c : open) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // only read
                }
            }
        }
    }

    /** The first candidate that loads, else Helvetica (and one warning in the log). */
    private PDFont font(PDDocument doc, List<Closeable> open) {
        List<String> tried = new ArrayList<>();
        for (String path : candidates) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            try {
                PDFont font = path.toLowerCase(Locale.ROOT).endsWith(".ttc") ? fromCollection(doc, file, open)
                        : PDType0Font.load(doc, file);
                if (font != null) {
                    return font;
                }
                tried.add(path + " (no font with TrueType outlines in it)");
            } catch (IOException | RuntimeException e) {
                tried.add(path + " (" + e.getMessage() + ")");
            }
        }
        if (warned.compareAndSet(false, true)) {
            log.warn("Minutes PDF: no CJK font with TrueType outlines found, so Chinese text shows as '?'. Install "
                    + "fonts-wqy-microhei (Debian) or set tandem.minutes.pdf-font (TANDEM_MINUTES_PDF_FONT) to a .ttf "
                    + "or .ttc file. Looked for: {}{}", candidates,
                    tried.isEmpty() ? "" : "; could not use: " + String.join(", ", tried));
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static PDFont fromCollection(PDDocument doc, File file, List<Closeable> open) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file);
        open.add(collection);
        PDFont[] found = new PDFont[1];
        collection.processAllFonts(ttf -> {
            if (found[0] == null && !(ttf instanceof OpenTypeFont otf && otf.isPostScript())) {
                found[0] = load(doc, ttf);
            }
        });
        return found[0];
    }

    private static PDFont load(PDDocument doc, TrueTypeFont ttf) throws IOException {
        return PDType0Font.load(doc, ttf, true);
    }

    /** Lines down A4 pages. */
    private static final class Layout {

        private final PDDocument doc;
        private final PDFont font;
        private final Map<Integer, String> shown = new HashMap<>();
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument doc, PDFont font) {
            this.doc = doc;
            this.font = font;
        }

        void markdown(String markdown) throws IOException {
            try {
                newPage();
                for (String raw : markdown.split("\\R", -1)) {
                    String line = raw.stripTrailing();
                    if (line.isBlank()) {
                        y -= BODY * 0.6f;
                    } else if (line.startsWith("# ")) {
                        paragraph(inline(line.substring(2)), 18, 0, 6);
                    } else if (line.startsWith("## ")) {
                        paragraph(inline(line.substring(3)), 14, 0, 4);
                    } else if (line.matches("#{3,6} .*")) {
                        paragraph(inline(line.replaceFirst("#{3,6} ", "")), 12, 0, 3);
                    } else if (line.matches("\\s*[-*+] .*")) {
                        int depth = (line.length() - line.stripLeading().length()) / 2;
                        String item = line.stripLeading().substring(2);
                        String mark = item.startsWith("[ ] ") ? "☐ " : item.startsWith("[x] ") ? "☑ " : "• ";
                        paragraph(mark + inline(item.startsWith("[") && item.length() > 3 ? item.substring(4) : item),
                                BODY, 12 + 12 * depth, 2);
                    } else {
                        paragraph(inline(line), BODY, 0, 2);
                    }
                }
            } finally {
                if (stream != null) {
                    stream.close();
                }
            }
        }

        /** Markdown's inline marks dropped: emphasis, code and the target of links. */
        private static String inline(String text) {
            return text.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replaceAll("\\*\\*|__|`", "");
        }

        private void paragraph(String text, float size, float indent, float after) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String line : wrap(shown(text), size, width)) {
                if (y - size < MARGIN) {
                    newPage();
                }
                y -= size * 1.35f;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN + indent, y);
                stream.showText(line);
                stream.endText();
            }
            y -= after;
        }

        /** Greedy wrapping: between words, and between any two CJK characters. */
        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String token : tokens(text)) {
                String candidate = line + token;
                if (!line.isEmpty() && width(candidate, size) > width) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    token = token.stripLeading();
                }
                line.append(token);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
            }
            return lines;
        }

        private static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            text.codePoints().forEach(c -> {
                boolean cjk = Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || c >= 0x3000 && c <= 0x30ff || c >= 0xff00 && c <= 0xffef;
                if (cjk || c == ' ') {
                    if (!word.isEmpty()) {
                        tokens.add(word.toString());
                        word.setLength(0);
                    }
                    if (c == ' ' && !tokens.isEmpty() && !tokens.getLast().isBlank()) {
                        tokens.set(tokens.size() - 1, tokens.getLast() + " ");
                    } else if (c != ' ') {
                        tokens.add(Character.toString(c));
                    }
                } else {
                    word.appendCodePoint(c);
                }
            });
            if (!word.isEmpty()) {
                tokens.add(word.toString());
            }
            return tokens;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text with each character the font cannot show replaced: a bullet or box by a plain mark, others by ?. */
        private String shown(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> out.append(shown.computeIfAbsent(c, this::glyph)));
            return out.toString();
        }

        private String glyph(int c) {
            String s = Character.toString(c);
            if (c == '\t') {
                return "    ";
            }
            if (Character.isISOControl(c)) {
                return "";
            }
            if (encodes(s)) {
                return s;
            }
            String plain = switch (c) {
                case '•' -> "-";
                case '☐' -> "[ ]";
                case '☑' -> "[x]";
                case '—', '–' -> "-";
                default -> "?";
            };
            return encodes(plain) ? plain : "?";
        }

        private boolean encodes(String s) {
            try {
                font.encode(s);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }
}
