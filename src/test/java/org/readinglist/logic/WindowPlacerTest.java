package org.readinglist.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readinglist.logic.WindowPlacer.Area;
import org.readinglist.model.WindowPlacement;

class WindowPlacerTest {

    private static final Area LAPTOP = new Area(0, 0, 1440, 870);
    private static final Area MONITOR_RIGHT = new Area(1440, 0, 2560, 1400);
    private static final Area MONITOR_LEFT = new Area(-1920, 0, 1920, 1050);

    @Test
    void aPlaceOnThePrimaryScreenIsKept() {
        WindowPlacement saved = new WindowPlacement(100, 80, 1000, 700, false);

        assertThat(WindowPlacer.place(saved, List.of(LAPTOP), LAPTOP)).isEqualTo(saved);
    }

    @Test
    void aPlaceOnASecondScreenIsKeptWhileThatScreenIsThere() {
        WindowPlacement saved = new WindowPlacement(2000, 100, 1600, 1000, true);

        assertThat(WindowPlacer.place(saved, List.of(LAPTOP, MONITOR_RIGHT), LAPTOP)).isEqualTo(saved);
    }

    @Test
    void aPlaceOnAScreenLeftOfThePrimaryWithNegativeCoordinatesIsKept() {
        WindowPlacement saved = new WindowPlacement(-1800, 40, 1200, 800, false);

        assertThat(WindowPlacer.place(saved, List.of(MONITOR_LEFT, LAPTOP), LAPTOP)).isEqualTo(saved);
    }

    @Test
    void whenTheScreenIsGoneTheWindowIsCentredOnThePrimaryScreenWithItsSize() {
        WindowPlacement saved = new WindowPlacement(2000, 100, 1000, 600, false);

        assertThat(WindowPlacer.place(saved, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowPlacement(220, 135, 1000, 600, false));
    }

    @Test
    void aWindowLargerThanThePrimaryScreenIsShrunkToItWhenCentred() {
        WindowPlacement saved = new WindowPlacement(2000, 100, 2400, 1300, true);

        assertThat(WindowPlacer.place(saved, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowPlacement(0, 0, 1440, 870, true));
    }

    @Test
    void aPrimaryScreenThatDoesNotStartAtZeroIsCentredOnCorrectly() {
        Area primary = new Area(0, 25, 1440, 845); // below a menu bar
        WindowPlacement saved = new WindowPlacement(-3000, -3000, 1040, 645, false);

        assertThat(WindowPlacer.place(saved, List.of(primary), primary))
                .isEqualTo(new WindowPlacement(200, 125, 1040, 645, false));
    }

    @Test
    void aTitleBarAboveTheTopOfEveryScreenCannotBeGrabbedSoTheWindowIsCentred() {
        WindowPlacement saved = new WindowPlacement(100, -20, 1000, 700, false);

        assertThat(WindowPlacer.place(saved, List.of(LAPTOP), LAPTOP).y()).isEqualTo(85);
    }

    @Test
    void aWindowMostlyOffTheRightEdgeIsKeptWhileEnoughOfItsTitleBarShows() {
        WindowPlacement enough = new WindowPlacement(1300, 100, 1000, 700, false);
        WindowPlacement tooLittle = new WindowPlacement(1400, 100, 1000, 700, false);

        assertThat(WindowPlacer.place(enough, List.of(LAPTOP), LAPTOP)).isEqualTo(enough);
        assertThat(WindowPlacer.place(tooLittle, List.of(LAPTOP), LAPTOP).x()).isEqualTo(220);
    }

    @Test
    void aTitleBarSpanningTwoScreensIsKept() {
        WindowPlacement saved = new WindowPlacement(1000, 200, 1000, 700, false);

        assertThat(WindowPlacer.place(saved, List.of(LAPTOP, MONITOR_RIGHT), LAPTOP)).isEqualTo(saved);
    }
}
