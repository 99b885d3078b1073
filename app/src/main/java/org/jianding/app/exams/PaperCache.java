package org.jianding.app.exams;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.Papers;
import org.springframework.stereotype.Component;

/**
 * Papers used by running exams, kept in memory: a published paper never changes (its question versions are
 * pinned), so every start and every save of every candidate on it can share one copy. Bounded, least recently used
 * first out.
 */
@Component
class PaperCache {

    static final int CAPACITY = 5_000;

    private final Papers papers;
    private final Map<Long, PaperContent> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, PaperContent> eldest) {
            return size() > CAPACITY;
        }
    };

    PaperCache(Papers papers) {
        this.papers = papers;
    }

    PaperContent get(long paperId) {
        synchronized (cache) {
            PaperContent hit = cache.get(paperId);
            if (hit != null) {
                return hit;
            }
        }
        PaperContent loaded = papers.content(paperId);
        synchronized (cache) {
            cache.put(paperId, loaded);
        }
        return loaded;
    }
}
