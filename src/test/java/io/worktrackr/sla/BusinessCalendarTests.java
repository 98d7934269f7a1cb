package io.worktrackr.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.sla.BusinessCalendar.Hours;
import io.worktrackr.sla.BusinessCalendar.Segment;
import io.worktrackr.sla.BusinessCalendar.SegmentKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Worked examples across the 2026 daylight-saving changes, weekends and holidays. */
class BusinessCalendarTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant local(String dateTime, ZoneId zone) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), zone).toInstant();
    }

    @Test
    void aroundTheClockInBerlinSpringDayHasTwentyThreeHours() {
        BusinessCalendar calendar = BusinessCalendar.aroundTheClock(BERLIN);
        // Sunday 29 March 2026: 02:00 CET jumps to 03:00 CEST
        Instant start = local("2026-03-29T00:00", BERLIN);
        Instant end = local("2026-03-30T00:00", BERLIN);
        assertThat(calendar.between(start, end)).isEqualTo(Duration.ofHours(23));
        // 4 hours of business time from 01:30 CET end at 06:30 CEST (three wall-clock hours plus the lost one)
        assertThat(calendar.add(local("2026-03-29T01:30", BERLIN), Duration.ofHours(4)))
                .isEqualTo(local("2026-03-29T06:30", BERLIN));
    }

    @Test
    void aroundTheClockInBerlinAutumnDayHasTwentyFiveHours() {
        BusinessCalendar calendar = BusinessCalendar.aroundTheClock(BERLIN);
        // Sunday 25 October 2026: 03:00 CEST falls back to 02:00 CET
        Instant start = local("2026-10-25T00:00", BERLIN);
        assertThat(calendar.between(start, local("2026-10-26T00:00", BERLIN))).isEqualTo(Duration.ofHours(25));
        assertThat(calendar.add(start, Duration.ofHours(4))).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(Instant.parse("2026-10-25T02:00:00Z")).isEqualTo(local("2026-10-25T03:00", BERLIN));
    }

    @Test
    void officeHoursInNewYorkAcrossTheMarchChangeCountWallClockHours() {
        BusinessCalendar calendar =
                new BusinessCalendar(NEW_YORK, BusinessCalendarPropertiesTests.officeHours(9 * 60, 17 * 60), Set.of());
        // Friday 6 March 16:00 EST + 3 business hours: 1 h on Friday, the weekend (with the 8 March change) is
        // outside hours, 2 h on Monday 9 March from 09:00 EDT: due 11:00 EDT = 15:00Z
        Instant due = calendar.add(local("2026-03-06T16:00", NEW_YORK), Duration.ofHours(3));
        assertThat(due).isEqualTo(local("2026-03-09T11:00", NEW_YORK));
        assertThat(due).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
    }

    @Test
    void officeHoursInNewYorkAcrossTheNovemberChange() {
        BusinessCalendar calendar =
                new BusinessCalendar(NEW_YORK, BusinessCalendarPropertiesTests.officeHours(9 * 60, 17 * 60), Set.of());
        // Friday 30 October 15:00 EDT + 8 business hours: 2 h Friday, Monday 2 November 09:00 EST + 6 h = 15:00 EST
        Instant due = calendar.add(local("2026-10-30T15:00", NEW_YORK), Duration.ofHours(8));
        assertThat(due).isEqualTo(local("2026-11-02T15:00", NEW_YORK));
        assertThat(due).isEqualTo(Instant.parse("2026-11-02T20:00:00Z"));
        assertThat(calendar.between(local("2026-10-30T15:00", NEW_YORK), due)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aNightShiftAcrossTheEuropeanSpringChangeLosesTheSkippedHour() {
        // 00:00–04:00 every day: on 29 March the hour 02:00–03:00 does not exist, so the shift is 3 hours long
        List<Hours> nights = java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> new Hours(d, 0, 240))
                .toList();
        BusinessCalendar calendar = new BusinessCalendar(BERLIN, nights, Set.of());
        assertThat(calendar.between(local("2026-03-29T00:00", BERLIN), local("2026-03-29T12:00", BERLIN)))
                .isEqualTo(Duration.ofHours(3));
        assertThat(calendar.between(local("2026-10-25T00:00", BERLIN), local("2026-10-25T12:00", BERLIN)))
                .isEqualTo(Duration.ofHours(5));
        // 3.5 h from midnight on 29 March runs out of that night and goes on at 00:00 on the 30th
        assertThat(calendar.add(local("2026-03-29T00:00", BERLIN), Duration.ofMinutes(210)))
                .isEqualTo(local("2026-03-30T00:30", BERLIN));
    }

    @Test
    void holidaysAndWeekendsAreSkippedAndExplained() {
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        LocalDate easterMonday = LocalDate.of(2026, 4, 6);
        BusinessCalendar calendar = new BusinessCalendar(
                BERLIN, BusinessCalendarPropertiesTests.officeHours(9 * 60, 17 * 60), Set.of(goodFriday, easterMonday));
        Instant start = local("2026-04-02T16:00", BERLIN); // Thursday before Easter
        Instant due = calendar.add(start, Duration.ofHours(2));
        assertThat(due).isEqualTo(local("2026-04-07T10:00", BERLIN));
        List<Segment> segments = calendar.segments(start, due);
        assertThat(segments)
                .extracting(Segment::kind)
                .containsExactly(
                        SegmentKind.BUSINESS, // Thu 16–17
                        SegmentKind.OUTSIDE_HOURS, // Thu evening
                        SegmentKind.HOLIDAY, // Good Friday
                        SegmentKind.OUTSIDE_HOURS, // the weekend
                        SegmentKind.HOLIDAY, // Easter Monday
                        SegmentKind.OUTSIDE_HOURS, // Tuesday night until 09:00
                        SegmentKind.BUSINESS); // Tue 09–10
        assertThat(segments.get(2).from()).isEqualTo(local("2026-04-03T00:00", BERLIN));
    }

    @Test
    void splitShiftsCountOnlyTheirIntervals() {
        List<Hours> split =
                List.of(new Hours(DayOfWeek.MONDAY, 8 * 60, 12 * 60), new Hours(DayOfWeek.MONDAY, 14 * 60, 18 * 60));
        BusinessCalendar calendar = new BusinessCalendar(BERLIN, split, Set.of());
        Instant monday = local("2026-06-01T11:00", BERLIN);
        assertThat(calendar.add(monday, Duration.ofHours(2))).isEqualTo(local("2026-06-01T15:00", BERLIN));
        // a 1-hour target started at 11:00 ends exactly at the end of the morning interval
        assertThat(calendar.add(monday, Duration.ofHours(1))).isEqualTo(local("2026-06-01T12:00", BERLIN));
        // only Mondays: 8 h from Monday 18:00 is the next Monday's end of day
        assertThat(calendar.add(local("2026-06-01T18:00", BERLIN), Duration.ofHours(8)))
                .isEqualTo(local("2026-06-08T18:00", BERLIN));
    }

    @Test
    void refusesOverlappingIntervalsAndAnEmptyWeek() {
        assertThatThrownBy(() -> new BusinessCalendar(
                        BERLIN,
                        List.of(new Hours(DayOfWeek.MONDAY, 60, 180), new Hours(DayOfWeek.MONDAY, 120, 240)),
                        Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> new BusinessCalendar(BERLIN, List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Hours(DayOfWeek.MONDAY, 600, 600)).isInstanceOf(IllegalArgumentException.class);
    }
}
