package org.jianding.app.exams;

import java.util.List;
import java.util.Locale;

/**
 * What another module has to say about a session's readiness, shown on the session's page and in the confirmation
 * before it is published (grading: who marks its 简答 and 案例分析). Implemented outside this module, so the session
 * pages can show a step they do not own without depending on it.
 */
public interface SessionReadiness {

    /**
     * The notes on this session, in the order to show them; empty when there is nothing to say. Arguments built from
     * words (section names, lists) are in the reader's {@code locale}.
     */
    List<Note> notes(ExamSession session, Locale locale);

    /**
     * One note: a message code with its arguments, whether it warns (something is missing), and where to fix it.
     */
    record Note(String code, List<Object> args, boolean warning, String href) {

        public Note {
            args = List.copyOf(args);
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }
}
