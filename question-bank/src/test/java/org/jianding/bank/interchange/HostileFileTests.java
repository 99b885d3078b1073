package org.jianding.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jianding.bank.interchange.InterchangeException.Reason;
import org.junit.jupiter.api.Test;

/** Packages and XML made to attack the importer are refused as a whole, with the reason. */
class HostileFileTests {

    private static final String ITEM = """
            <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p2" identifier="a" title="a">
              <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                <correctResponse><value>A</value></correctResponse>
              </responseDeclaration>
              <itemBody>%s<choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
                <simpleChoice identifier="A">一</simpleChoice><simpleChoice identifier="B">二</simpleChoice>
                <simpleChoice identifier="C">三</simpleChoice><simpleChoice identifier="D">四</simpleChoice>
              </choiceInteraction></itemBody>
            </assessmentItem>
            """;

    static String manifest(String href) {
        return """
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><resources>
                  <resource identifier="r" type="imsqti_item_xmlv2p2" href="%s"><file href="%s"/></resource>
                </resources></manifest>
                """.formatted(href, href);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> qtiPackage(String itemBody) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", manifest("items/a.xml").getBytes(StandardCharsets.UTF_8));
        entries.put("items/a.xml", ITEM.formatted(itemBody).getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    static Reason refusal(byte[] bytes, InterchangeLimits limits) {
        try {
            Interchange.read(bytes, limits);
        } catch (InterchangeException e) {
            assertThat(e.getMessage()).isNotBlank();
            return e.reason();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void aSoundPackageIsRead() throws Exception {
        InterchangeRead read = Interchange.read(zip(qtiPackage("<p>题干</p>")), InterchangeLimits.DEFAULT);
        assertThat(read.items())
                .singleElement()
                .satisfies(i -> assertThat(i.stem()).isEqualTo("<p>题干</p>"));
    }

    @Test
    void refusesZipSlipEntryNames() throws Exception {
        for (String name :
                new String[] {"../evil.xml", "items/../../evil.xml", "/etc/cron.d/x", "C:/x.xml", "a\\..\\b"}) {
            Map<String, byte[]> entries = qtiPackage("<p>x</p>");
            entries.put(name, new byte[] {1});
            assertThat(refusal(zip(entries), InterchangeLimits.DEFAULT))
                    .as(name)
                    .isEqualTo(Reason.UNSAFE_PATH);
        }
    }

    @Test
    void refusesZipSlipInsideAWordFile() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        entries.put("../../evil.sh", "rm".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip(entries), InterchangeLimits.DEFAULT)).isEqualTo(Reason.UNSAFE_PATH);
    }

    @Test
    void refusesExternalHrefsInTheManifestAndInItems() throws Exception {
        Map<String, byte[]> entries = qtiPackage("<p>x</p>");
        entries.put("imsmanifest.xml", manifest("http://evil.example/a.xml").getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip(entries), InterchangeLimits.DEFAULT)).isEqualTo(Reason.EXTERNAL_HREF);

        entries = qtiPackage("<p>x</p>");
        entries.put("imsmanifest.xml", manifest("../outside.xml").getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip(entries), InterchangeLimits.DEFAULT)).isEqualTo(Reason.EXTERNAL_HREF);

        for (String body : new String[] {
            "<p><img src=\"file:///etc/passwd\"/></p>",
            "<p><img src=\"https://tracker.example/p.png\"/></p>",
            "<p><img src=\"../../../secret.png\"/></p>",
            "<p><img src=\"//host/share/x.png\"/></p>",
            "<p><a href=\"javascript:alert(1)\">x</a></p>"
        }) {
            assertThat(refusal(zip(qtiPackage(body)), InterchangeLimits.DEFAULT))
                    .as(body)
                    .isEqualTo(Reason.EXTERNAL_HREF);
        }
    }

    @Test
    void refusesDoctypesExternalEntitiesAndEntityBombs() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <quiz><question type="truefalse"><questiontext><text>&xxe;</text></questiontext></question></quiz>
                """;
        assertThat(refusal(xxe.getBytes(StandardCharsets.UTF_8), InterchangeLimits.DEFAULT))
                .isEqualTo(Reason.DOCTYPE);
        assertThat(refusal(xxe.strip().getBytes(StandardCharsets.UTF_16), InterchangeLimits.DEFAULT))
                .isEqualTo(Reason.DOCTYPE);
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <assessmentItem>&lol2;</assessmentItem>
                """;
        assertThat(refusal(laughs.getBytes(StandardCharsets.UTF_8), InterchangeLimits.DEFAULT))
                .isEqualTo(Reason.DOCTYPE);
        Map<String, byte[]> entries = qtiPackage("<p>x</p>");
        entries.put(
                "items/a.xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"http://evil.example/a.dtd\">"
                                + ITEM.formatted("<p>x</p>"))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip(entries), InterchangeLimits.DEFAULT)).isEqualTo(Reason.DOCTYPE);
    }

    @Test
    void refusesOversizedEntriesAndTooManyEntries() throws Exception {
        InterchangeLimits small = new InterchangeLimits(1024 * 1024, 10, 64 * 1024, 256 * 1024);
        Map<String, byte[]> bomb = qtiPackage("<p>x</p>");
        bomb.put("items/zeros.png", new byte[200 * 1024]);
        byte[] bombZip = zip(bomb);
        assertThat(bombZip.length).isLessThan(2 * 1024);
        assertThat(refusal(bombZip, small)).isEqualTo(Reason.ZIP_BOMB);

        Map<String, byte[]> many = qtiPackage("<p>x</p>");
        for (int i = 0; i < 10; i++) {
            many.put("items/x" + i + ".txt", new byte[] {1});
        }
        assertThat(refusal(zip(many), small)).isEqualTo(Reason.TOO_MANY_ENTRIES);

        assertThat(refusal(new byte[2 * 1024 * 1024], small)).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void refusesAPackageWhoseManifestNamesAMissingItem() throws Exception {
        Map<String, byte[]> entries = qtiPackage("<p>x</p>");
        entries.remove("items/a.xml");
        assertThat(refusal(zip(entries), InterchangeLimits.DEFAULT)).isEqualTo(Reason.MISSING_FILE);
    }

    @Test
    void refusesWhatIsNoQuestionFile() throws Exception {
        assertThat(refusal(
                        "just some text\nwithout questions".getBytes(StandardCharsets.UTF_8),
                        InterchangeLimits.DEFAULT))
                .isEqualTo(Reason.NOT_RECOGNISED);
        assertThat(refusal(zip(Map.of("a.txt", new byte[] {1})), InterchangeLimits.DEFAULT))
                .isEqualTo(Reason.NOT_RECOGNISED);
    }
}
