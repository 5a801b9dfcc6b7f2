package org.readinglist.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoticeCenterTest {

    @Test
    void aNoticeIsOneLineOfPlainTextWhateverALinkInItCarries() {
        String fromAUrl = "Not opened: \"https://example.com/\u202Egnp.exe\u0007\nnext\" is not a web address.";

        assertThat(NoticeCenter.plain(fromAUrl))
                .isEqualTo("Not opened: \"https://example.com/gnp.exe next\" is not a web address.");
    }

    @Test
    void aVeryLongNoticeIsCut() {
        assertThat(NoticeCenter.plain("x".repeat(100_000))).hasSize(2_000);
    }
}
