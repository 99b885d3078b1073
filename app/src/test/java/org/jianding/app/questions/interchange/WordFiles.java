package org.jianding.app.questions.interchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word files typed as a question-book author types them: one paragraph per line, pictures inline. */
final class WordFiles {

    /** A 1×1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private WordFiles() {}

    /** Lines as paragraphs; a line "[图]" becomes the picture {@link #PNG}. */
    static byte[] docx(String... lines) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : lines) {
                XWPFRun run = doc.createParagraph().createRun();
                int at = line.indexOf("[图]");
                if (at < 0) {
                    run.setText(line);
                } else {
                    run.setText(line.substring(0, at));
                    run.addPicture(
                            new ByteArrayInputStream(PNG), PictureType.PNG, "p.png", Units.toEMU(10), Units.toEMU(10));
                    doc.getLastParagraph().createRun().setText(line.substring(at + 3));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
