package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemSimilarityTests {

    @Test
    void treatsFullWidthCasePunctuationAndSpacesAsTheSame() {
        assertThat(StemSimilarity.normalise("５Ｇ 网络，支持ＳＡ！")).isEqualTo("5g网络支持sa");
        assertThat(StemSimilarity.similarity("《个人信息保护法》自何时起施行？", "《个人信息保护法》 自何时起施行?"))
                .isEqualTo(1.0);
    }

    @Test
    void flagsAStemWithOneWordChangedAsNearDuplicate() {
        double s = StemSimilarity.similarity("《中华人民共和国个人信息保护法》自何时起施行？", "《中华人民共和国个人信息保护法》从何时起施行？");
        assertThat(s).isGreaterThanOrEqualTo(StemSimilarity.NEAR_DUPLICATE).isLessThan(1.0);
    }

    @Test
    void doesNotFlagARewordedQuestionThatAsksDifferently() {
        double s = StemSimilarity.similarity("《中华人民共和国个人信息保护法》自何时起施行？", "《中华人民共和国个人信息保护法》自哪一天起开始施行？");
        assertThat(s).isGreaterThan(0.4).isLessThan(StemSimilarity.NEAR_DUPLICATE);
    }

    @Test
    void tellsUnrelatedStemsApart() {
        assertThat(StemSimilarity.similarity("5G 三大应用场景不包括下列哪一项？", "客户投诉处理的第一步是什么？"))
                .isLessThan(0.2);
    }
}
