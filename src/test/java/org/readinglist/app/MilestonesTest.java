package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MilestonesTest {

    @Test
    void stepsAreToldInTheOrderReachedAsTheProcessAgeThen() throws Exception {
        Milestones milestones = new Milestones();
        milestones.mark("toolkit");
        Thread.sleep(30);
        milestones.mark("list");
        milestones.mark("toolkit"); // a second mark keeps the first time

        String told = milestones.describe(1_000, System.nanoTime());

        assertThat(told).matches("toolkit (\\d+) ms, list (\\d+) ms");
        long toolkit = Long.parseLong(told.replaceAll("toolkit (\\d+) ms.*", "$1"));
        long list = Long.parseLong(told.replaceAll(".*list (\\d+) ms", "$1"));
        assertThat(list - toolkit).isGreaterThanOrEqualTo(29);
        assertThat(list).isLessThanOrEqualTo(1_000);
    }
}
