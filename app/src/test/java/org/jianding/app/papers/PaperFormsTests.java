package org.jianding.app.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class PaperFormsTests {

    @Autowired
    PaperForms forms;

    @Autowired
    Papers papers;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Accounts accounts;

    @Test
    void neverRepeatsAnItemForAReTaker() {
        long versionId = blueprints
                .current(blueprints.posts().get(2).id(), Level.INTERMEDIATE)
                .orElseThrow()
                .id();
        List<Long> candidates = List.of(user("cand02"), user("cand03"));

        FormReport first = forms.generate(versionId, candidates, 1L);
        FormReport retake = forms.generate(versionId, candidates, 2L);

        assertThat(first.formsBuilt()).isEqualTo(2);
        assertThat(retake.formsBuilt()).isEqualTo(2);
        assertThat(first.maxPairwiseOverlap()).isLessThanOrEqualTo(first.maxShared());
        for (int c = 0; c < candidates.size(); c++) {
            Set<Long> before = questions(first.forms().get(c).paperId());
            Set<Long> after = questions(retake.forms().get(c).paperId());
            assertThat(retake.forms().get(c).excludedAsSeen()).isGreaterThanOrEqualTo(before.size());
            after.retainAll(before);
            assertThat(after).as("questions seen again by candidate %d", c).isEmpty();
        }
        PaperDetail form = papers.get(first.forms().get(0).paperId());
        assertThat(form.paper().kind()).isEqualTo(PaperKind.CANDIDATE_FORM);
        assertThat(form.paper().candidateId()).isEqualTo(candidates.get(0));
        assertThat(form.violations()).isEmpty();
        assertThat(first.exposure().values()).allMatch(n -> n >= 1 && n <= 2);
    }

    private Set<Long> questions(long paperId) {
        Set<Long> ids = new HashSet<>();
        papers.get(paperId).questions().forEach(q -> ids.add(q.questionId()));
        return ids;
    }

    private long user(String employeeNo) {
        return accounts.findByEmployeeNo(employeeNo).orElseThrow().id();
    }
}
