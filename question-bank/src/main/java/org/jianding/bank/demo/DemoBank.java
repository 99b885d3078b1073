package org.jianding.bank.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.item.Question;
import org.jianding.bank.taxonomy.DefaultTaxonomy;
import org.jianding.bank.taxonomy.KnowledgeNode;
import org.jianding.bank.taxonomy.Taxonomy;

/**
 * The demo question bank shipped with the jar, so a fresh installation and the tests have realistic questions for
 * every leaf of the default taxonomy. Files are looked up by leaf code rather than listed from the classpath,
 * which works the same from a directory and from a jar; a leaf without a file simply has no demo questions yet.
 */
public final class DemoBank {

    static final String LOCATION = "/org/jianding/bank/demo/";

    private DemoBank() {}

    /**
     * All demo questions, file by file in taxonomy order.
     *
     * @throws DemoBankException listing every problem of every file, if there is any
     */
    public static List<Question> load() {
        return loadFrom(LOCATION);
    }

    static List<Question> loadFrom(String location) {
        Taxonomy taxonomy = DefaultTaxonomy.tree();
        List<Question> questions = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        for (KnowledgeNode leaf : taxonomy.leaves()) {
            String fileName = leaf.code() + ".txt";
            try (InputStream in = DemoBank.class.getResourceAsStream(location + fileName)) {
                if (in != null) {
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    questions.addAll(DemoBankFormat.parse(fileName, reader, leaf.code(), taxonomy));
                }
            } catch (DemoBankException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read demo bank file " + fileName, e);
            }
        }
        if (!problems.isEmpty()) {
            throw new DemoBankException(problems);
        }
        return List.copyOf(questions);
    }
}
