package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The smoke test's last line: the feed and subscription list shipped in the app are read as written. */
class SmokeTestFeedsTest {

    @Test
    void readsTheShippedFeedWithItsModulesAndTheShippedSubscriptionList() {
        assertThat(SmokeTest.readShippedFeeds()).isEqualTo("feeds: read 2 entries and 1 subscription");
    }
}
