package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role's pages in English, as its menu and the links on those pages reach them (two levels deep, one page per
 * kind of address), show no Chinese but what people entered. What people entered is whatever the database holds:
 * a run of Chinese on a page that occurs in no stored text (the audit trail aside, whose details are the system's own
 * words) is words of the application that reached an English page in Chinese. Quoted text (“…”, "…") is what a file
 * must hold or what was typed, as in the other English tests. Scripts are not read. Not yet in English, so not read:
 * the audit trail's details ({@code .audit-detail}), which are written in Chinese when recorded, and the paper
 * checker's findings on a paper that breaks its blueprint ({@code .paper-violation}, worded by the question-bank
 * library in Chinese; seen only when another test left such a paper). The issuing body's name is a setting the
 * installation entered, so it counts as entered text.
 */
@WebTest
class EnglishPagesTests {

    /**
     * A run of Han characters. Full-width punctuation is not looked for: it sits next to data (a name in （）) where
     * whether the template or the data wrote it cannot be told.
     */
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** A message key Thymeleaf found in neither language, shown as {@code ??key_en??}. */
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

    /** Quoted text: what a file must hold, or what was typed. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"");

    /** Elements whose text is known not to be in English yet (see the class comment). */
    private static final String NOT_YET_ENGLISH = ".audit-detail, .paper-violation";

    /** The language switch names Chinese in Chinese, on purpose. */
    private static final Set<String> LANGUAGE_NAMES = Set.of("中文", "简体中文");

    /** Addresses that are not pages to read: downloads, exports, the sign-out and the JSON API. */
    private static final Pattern NOT_A_PAGE =
            Pattern.compile("^/(api|logout|login|actuator|css|js|img|webjars)\\b|\\.(xlsx|csv|pdf|zip|json)$"
                    + "|/(template|export|download|print|pdf|csv|xlsx|file|files)(/|$)");

    private static final int MAX_PAGES_PER_ROLE = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    /** The issuing body's name is the installation's own setting, i.e. what its people entered. */
    @org.springframework.beans.factory.annotation.Value("${jianding.reports.issuer}")
    String issuer;

    @Test
    void everyRolesPagesReadInEnglishExceptWhatPeopleEntered() throws Exception {
        String stored = storedText() + "\n" + issuer;
        Map<String, Set<String>> found = new TreeMap<>();
        int pages = 0;
        for (String person :
                List.of(Demo.ADMIN, Demo.AUTHOR, Demo.HR, Demo.GRADER, Demo.OFFICER, Demo.ASSESSOR, Demo.CANDIDATE)) {
            Cookie login = Logins.login(mvc, person, Demo.PASSWORD);
            Set<String> kinds = new TreeSet<>();
            Deque<String[]> queue = new ArrayDeque<>();
            queue.add(new String[] {"/", "0"});
            kinds.add(kind("/"));
            int read = 0;
            while (!queue.isEmpty() && read < MAX_PAGES_PER_ROLE) {
                String[] next = queue.poll();
                Document page = page(next[0], login);
                if (page == null) {
                    continue;
                }
                read++;
                for (String run : chinese(page)) {
                    if (!LANGUAGE_NAMES.contains(run) && !stored.contains(run)) {
                        found.computeIfAbsent(run, k -> new TreeSet<>()).add(person + " " + next[0]);
                    }
                }
                int depth = Integer.parseInt(next[1]);
                if (depth < 2) {
                    for (String link : links(page)) {
                        if (kinds.add(kind(link))) {
                            queue.add(new String[] {link, String.valueOf(depth + 1)});
                        }
                    }
                }
            }
            assertThat(read).as("pages read for %s", person).isGreaterThan(2);
            pages += read;
        }
        assertThat(pages).isGreaterThan(40);
        assertThat(found)
                .as("Chinese on English pages that is not stored data, or a missing message (run -> where)")
                .isEmpty();
    }

    /** The page in English, or null when the address does not answer with a page. */
    private Document page(String path, Cookie login) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(login, new Cookie("jianding-lang", "en")))
                .andReturn()
                .getResponse();
        String type = response.getContentType();
        assertThat(response.getStatus()).as("status of %s in English", path).isLessThan(500);
        if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
            return null;
        }
        return Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
    }

    /** The runs of Chinese in the page's text and in the attributes people read (titles, placeholders, labels). */
    private static Set<String> chinese(Document page) {
        Set<String> runs = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        texts.add(page.title());
        Set<Element> skipped = new java.util.HashSet<>(page.select(NOT_YET_ENGLISH));
        for (Element e : page.getAllElements()) {
            if (e.tagName().equals("script") || e.tagName().equals("style") || skipped.contains(e)) {
                continue;
            }
            for (TextNode t : e.textNodes()) {
                texts.add(t.text());
            }
            for (String attribute : List.of("title", "placeholder", "aria-label", "alt", "data-confirm")) {
                texts.add(e.attr(attribute));
            }
            if (e.tagName().equals("input") && e.attr("type").matches("submit|button")) {
                texts.add(e.attr("value"));
            }
        }
        for (String text : texts) {
            Matcher missing = MISSING_MESSAGE.matcher(text);
            while (missing.find()) {
                runs.add(missing.group());
            }
            Matcher m = HAN_RUN.matcher(QUOTED.matcher(text).replaceAll(" "));
            while (m.find()) {
                runs.add(m.group());
            }
        }
        return runs;
    }

    /** The same-site pages the page links to. */
    private static List<String> links(Document page) {
        List<String> links = new ArrayList<>();
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#") || href.startsWith("javascript:") || a.hasAttr("download")) {
                continue;
            }
            String absolute = a.absUrl("href");
            if (!absolute.startsWith("http://localhost/")) {
                continue;
            }
            String path = absolute.substring("http://localhost".length()).replaceFirst("#.*$", "");
            String bare = path.replaceFirst("\\?.*$", "");
            if (path.contains("lang=") || NOT_A_PAGE.matcher(bare).find()) {
                continue;
            }
            links.add(path);
        }
        return links;
    }

    /** One page per kind of address: the numbers and query values of an address do not make another kind. */
    private static String kind(String path) {
        return path.replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
    }

    /** Every text the database holds, the audit trail and the migration history aside. */
    private String storedText() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            Map<String, List<String>> columns = new TreeMap<>();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String type = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                    String lower = table.toLowerCase(Locale.ROOT);
                    if (lower.contains("audit")
                            || lower.contains("flyway")
                            || rs.getString("TABLE_SCHEM") != null
                                    && rs.getString("TABLE_SCHEM").equalsIgnoreCase("INFORMATION_SCHEMA")) {
                        continue;
                    }
                    if (type.contains("CHAR")
                            || type.contains("TEXT")
                            || type.contains("CLOB")
                            || type.contains("JSON")) {
                        columns.computeIfAbsent(table, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            assertThat(columns).as("tables with text").hasSizeGreaterThan(10);
            try (Statement s = c.createStatement()) {
                for (var e : columns.entrySet()) {
                    String q = meta.getIdentifierQuoteString().strip();
                    List<String> quoted =
                            e.getValue().stream().map(n -> q + n + q).toList();
                    String select = "SELECT " + String.join(", ", quoted) + " FROM " + q + e.getKey() + q;
                    try (ResultSet rs = s.executeQuery(select)) {
                        while (rs.next()) {
                            for (int i = 1; i <= e.getValue().size(); i++) {
                                String v = rs.getString(i);
                                if (v != null
                                        && (v.contains("\\u") || HAN.matcher(v).find())) {
                                    all.append(unescaped(v)).append('\n');
                                }
                            }
                        }
                    }
                }
            }
        }
        return all.toString();
    }

    /** JSON text may hold Chinese as \\uXXXX escapes. */
    private static String unescaped(String v) {
        if (!v.contains("\\u")) {
            return v;
        }
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(v);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
