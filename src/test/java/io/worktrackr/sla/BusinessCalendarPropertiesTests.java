package io.worktrackr.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.sla.BusinessCalendar.Hours;
import io.worktrackr.sla.BusinessCalendar.Segment;
import io.worktrackr.sla.BusinessCalendar.SegmentKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of business-time arithmetic, over random calendars (time zones with and without daylight saving, split
 * shifts, 24×7, holidays) and random instants concentrated around the 2026 DST changes.
 */
class BusinessCalendarPropertiesTests {

    private static final List<String> ZONES = List.of(
            "Europe/Berlin",
            "America/New_York",
            "UTC",
            "Asia/Kolkata",
            "Australia/Lord_Howe", // a 30-minute DST shift
            "America/Sao_Paulo",
            "Pacific/Chatham");

    @Property(tries = 400)
    void addingThenMeasuringGivesBackTheDuration(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration duration) {
        Instant due = calendar.add(start, duration);
        assertThat(calendar.between(start, due)).isEqualTo(duration);
    }

    @Property(tries = 300)
    void addingIsMonotonic(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration a,
            @ForAll("durations") Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        Duration longer = a.compareTo(b) <= 0 ? b : a;
        assertThat(calendar.add(start, shorter)).isBeforeOrEqualTo(calendar.add(start, longer));
        assertThat(calendar.add(start, shorter)).isAfterOrEqualTo(start);
    }

    @Property(tries = 300)
    void aPositiveDurationLandsInBusinessHoursOrExactlyAtAnIntervalsEnd(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration duration) {
        if (duration.isZero()) {
            return;
        }
        Instant due = calendar.add(start, duration);
        boolean insideOrAtEnd = calendar.isBusinessTime(due) || calendar.isBusinessTime(due.minusNanos(1));
        assertThat(insideOrAtEnd).as("due %s", due).isTrue();
    }

    @Property(tries = 300)
    void businessTimeIsAdditiveOverAnyPointBetween(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a,
            @ForAll("instants") Instant b,
            @ForAll("instants") Instant c) {
        List<Instant> sorted = new ArrayList<>(List.of(a, b, c));
        sorted.sort(null);
        Instant x = sorted.get(0), y = sorted.get(1), z = sorted.get(2);
        assertThat(calendar.between(x, y).plus(calendar.between(y, z))).isEqualTo(calendar.between(x, z));
        assertThat(calendar.between(x, z)).isLessThanOrEqualTo(Duration.between(x, z));
        assertThat(calendar.between(z, x)).isEqualTo(calendar.between(x, z).negated());
    }

    @Property(tries = 200)
    void segmentsCoverTheSpanWithoutGapsAndTheirBusinessPartsAddUp(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a,
            @ForAll("instants") Instant b) {
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        List<Segment> segments = calendar.segments(from, to);
        Instant cursor = from;
        Duration business = Duration.ZERO;
        for (Segment segment : segments) {
            assertThat(segment.from()).isEqualTo(cursor);
            assertThat(segment.to()).isAfter(segment.from());
            if (segment.kind() == SegmentKind.BUSINESS) {
                business = business.plus(Duration.between(segment.from(), segment.to()));
            }
            cursor = segment.to();
        }
        assertThat(cursor).isEqualTo(to);
        assertThat(business).isEqualTo(calendar.between(from, to));
    }

    @Property(tries = 100)
    void aroundTheClockInUtcIsElapsedTime(@ForAll("instants") Instant start, @ForAll("durations") Duration d) {
        BusinessCalendar always = BusinessCalendar.aroundTheClock(ZoneId.of("UTC"));
        assertThat(always.add(start, d)).isEqualTo(start.plus(d));
    }

    @Provide
    Arbitrary<Instant> instants() {
        // 2026 and early 2027, with extra weight on the EU (29 Mar, 25 Oct) and US (8 Mar, 1 Nov) changes
        Arbitrary<Instant> anywhere = Arbitraries.longs()
                .between(
                        Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2027-03-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Instant> nearChanges = Combinators.combine(
                        Arbitraries.of(
                                Instant.parse("2026-03-08T07:00:00Z"),
                                Instant.parse("2026-03-29T01:00:00Z"),
                                Instant.parse("2026-10-25T01:00:00Z"),
                                Instant.parse("2026-11-01T06:00:00Z"),
                                Instant.parse("2026-04-05T00:00:00Z")),
                        Arbitraries.longs().between(-3 * 86_400, 3 * 86_400))
                .as(Instant::plusSeconds);
        return Arbitraries.oneOf(anywhere, nearChanges);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 300 * 60).map(Duration::ofMinutes),
                Arbitraries.longs().between(0, 200 * 3600).map(Duration::ofSeconds),
                Arbitraries.of(Duration.ofMinutes(60), Duration.ofMinutes(240), Duration.ofHours(8)));
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<List<Hours>> week = Arbitraries.oneOf(
                Arbitraries.just(allDay()),
                Arbitraries.just(officeHours(9 * 60, 17 * 60)),
                Arbitraries.just(splitShifts()),
                randomWeek());
        Arbitrary<Set<LocalDate>> holidays = Arbitraries.longs()
                .between(0, 420)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d))
                .set()
                .ofMaxSize(12);
        return Combinators.combine(zones, week, holidays).as(BusinessCalendar::new);
    }

    private static Arbitrary<List<Hours>> randomWeek() {
        // per day up to three intervals on a 30-minute grid, some around the 02:00–03:00 DST hour
        Arbitrary<List<Integer>> cuts = Arbitraries.integers()
                .between(0, 48)
                .map(i -> i * 30)
                .set()
                .ofMaxSize(6)
                .map(set -> set.stream().sorted().toList());
        return cuts.list().ofSize(7).map(perDay -> {
            List<Hours> hours = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                List<Integer> c = perDay.get(d);
                for (int i = 0; i + 1 < c.size(); i += 2) {
                    hours.add(new Hours(DayOfWeek.of(d + 1), c.get(i), c.get(i + 1)));
                }
            }
            if (hours.isEmpty()) {
                hours.add(new Hours(DayOfWeek.SUNDAY, 120, 180));
            }
            return hours;
        });
    }

    static List<Hours> allDay() {
        List<Hours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new Hours(day, 0, 1440));
        }
        return hours;
    }

    static List<Hours> officeHours(int from, int to) {
        List<Hours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new Hours(day, from, to));
        }
        return hours;
    }

    static List<Hours> splitShifts() {
        List<Hours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new Hours(day, 0, 150)); // night shift until 02:30, across the DST hour
            hours.add(new Hours(day, 8 * 60, 12 * 60));
            hours.add(new Hours(day, 13 * 60, 17 * 60));
            hours.add(new Hours(day, 22 * 60, 1440));
        }
        return hours;
    }

    static Set<LocalDate> none() {
        return new HashSet<>();
    }
}
