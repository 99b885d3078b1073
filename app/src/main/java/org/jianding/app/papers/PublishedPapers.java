package org.jianding.app.papers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Published papers kept in memory for exams and marking: a published paper never changes (its question versions
 * are pinned), so every start, every save and every marking of every candidate on it can share one copy. Papers that
 * are not published are read but never kept. Bounded, least recently used first out.
 */
@Component
public class PublishedPapers {

    static final int CAPACITY = 5_000;

    private final Papers papers;
    private final Map<Long, PaperContent> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, PaperContent> eldest) {
            return size() > CAPACITY;
        }
    };

    PublishedPapers(Papers papers) {
        this.papers = papers;
    }

    public PaperContent content(long paperId) {
        synchronized (cache) {
            PaperContent hit = cache.get(paperId);
            if (hit != null) {
                return hit;
            }
        }
        PaperContent loaded = papers.content(paperId);
        if (loaded.paper().status() == PaperStatus.PUBLISHED) {
            synchronized (cache) {
                cache.put(paperId, loaded);
            }
        }
        return loaded;
    }

    /**
     * How many questions each paper holds: from the cached copy where there is one, the rest counted in one query
     * (without loading them, so a proctor's view of 3,000 per-candidate forms stays cheap).
     */
    public Map<Long, Integer> questionCounts(Collection<Long> paperIds) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        synchronized (cache) {
            for (Long id : paperIds) {
                PaperContent hit = cache.get(id);
                if (hit != null) {
                    counts.put(id, hit.questions().size());
                } else if (!counts.containsKey(id)) {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            counts.putAll(papers.questionCounts(missing));
        }
        return counts;
    }
}
