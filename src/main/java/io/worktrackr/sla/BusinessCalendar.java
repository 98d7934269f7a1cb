package io.worktrackr.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business-time arithmetic on one calendar: a time zone, weekly hours (any number of intervals a day, e.g. split
 * shifts; every day 00:00–24:00 is 24×7) and dated holidays (whole days in the calendar's zone, no business
 * hours). Every local interval becomes an interval of instants in the calendar's zone, so a day that loses an
 * hour to daylight saving has an hour less business time, and {@link #add} and {@link #between} measure the very
 * same intervals: {@code between(start, add(start, d)) == d} holds exactly, to the nanosecond.
 *
 * <p>A local time in a spring-forward gap moves forward by the gap's length, an ambiguous one in the autumn
 * overlap takes the earlier offset ({@link ZonedDateTime#of}); an interval that ends up empty is no business time.
 */
public final class BusinessCalendar {

    /** Searching further than this for business time means the calendar has none; validation prevents that. */
    static final int MAX_DAYS_SEARCHED = 3_700;

    /** One weekly interval of business hours in minutes of the day (0 to 1440 and start before end). */
    public record Hours(DayOfWeek day, int startMinute, int endMinute) {

        public Hours {
            if (startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
                throw new IllegalArgumentException(
                        "business hours need 0 <= start < end <= 24:00, got " + startMinute + "–" + endMinute);
            }
        }

        // HH:MM; the end of the day is 24:00 (no Javadoc here: Modulith 2.0.3 fails on documented methods of nested
        // types)
        public static String format(int minute) {
            return String.format("%02d:%02d", minute / 60, minute % 60);
        }

        public static int parse(String hhmm) {
            if (!hhmm.matches("\\d{2}:\\d{2}")) {
                throw new IllegalArgumentException("not HH:MM: " + hhmm);
            }
            int hours = Integer.parseInt(hhmm.substring(0, 2));
            int minutes = Integer.parseInt(hhmm.substring(3));
            if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
                throw new IllegalArgumentException("not a time of day: " + hhmm);
            }
            return hours * 60 + minutes;
        }
    }

    /** What a stretch of time was, as seen by this calendar. */
    public enum SegmentKind {
        BUSINESS,
        OUTSIDE_HOURS,
        HOLIDAY
    }

    public record Segment(SegmentKind kind, Instant from, Instant to) {}

    private record Span(Instant from, Instant to) {}

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Hours>> week;
    private final Set<LocalDate> holidays;

    /**
     * @throws IllegalArgumentException when intervals of one day overlap or the week has no business hours.
     */
    public BusinessCalendar(ZoneId zone, List<Hours> hours, Set<LocalDate> holidays) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
        Map<DayOfWeek, List<Hours>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Hours> ofDay = hours.stream()
                    .filter(h -> h.day() == day)
                    .sorted(Comparator.comparingInt(Hours::startMinute))
                    .toList();
            for (int i = 1; i < ofDay.size(); i++) {
                if (ofDay.get(i).startMinute() < ofDay.get(i - 1).endMinute()) {
                    throw new IllegalArgumentException("business hours on " + day + " overlap");
                }
            }
            byDay.put(day, ofDay);
        }
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs business hours on at least one day");
        }
        this.week = byDay;
    }

    /** Every day, all day, in UTC: elapsed time is business time. */
    public static BusinessCalendar aroundTheClock(ZoneId zone) {
        List<Hours> all = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            all.add(new Hours(day, 0, 1440));
        }
        return new BusinessCalendar(zone, all, Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    public List<Hours> hours() {
        return week.values().stream().flatMap(List::stream).toList();
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * The instant at which {@code duration} of business time has passed since {@code start}. A positive duration
     * lands inside business hours or exactly at the end of an interval; zero returns {@code start} itself.
     */
    public Instant add(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot add a negative business duration");
        }
        if (duration.isZero()) {
            return start;
        }
        Duration left = duration;
        LocalDate day = LocalDate.ofInstant(start, zone);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1)) {
            for (Span span : spans(day)) {
                if (!span.to().isAfter(start)) {
                    continue;
                }
                Instant from = span.from().isAfter(start) ? span.from() : start;
                Duration available = Duration.between(from, span.to());
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("no business time within " + MAX_DAYS_SEARCHED + " days of " + start);
    }

    /** The business time between two instants (negative when {@code to} is before {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = LocalDate.ofInstant(from, zone); ; day = day.plusDays(1)) {
            if (dayStart(day).compareTo(to) >= 0) {
                return total;
            }
            for (Span span : spans(day)) {
                Instant a = span.from().isAfter(from) ? span.from() : from;
                Instant b = span.to().isBefore(to) ? span.to() : to;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
    }

    /**
     * Explains the span from {@code from} up to {@code to}: consecutive segments of business time, time outside business hours and
     * holidays, adjacent ones of the same kind merged. The business segments add up to {@link #between}.
     */
    public List<Segment> segments(Instant from, Instant to) {
        List<Segment> out = new ArrayList<>();
        if (!to.isAfter(from)) {
            return out;
        }
        Instant cursor = from;
        for (LocalDate day = LocalDate.ofInstant(from, zone); cursor.isBefore(to); day = day.plusDays(1)) {
            Instant end = dayStart(day.plusDays(1));
            Instant dayEnd = end.isBefore(to) ? end : to;
            SegmentKind gap = holidays.contains(day) ? SegmentKind.HOLIDAY : SegmentKind.OUTSIDE_HOURS;
            for (Span span : spans(day)) {
                Instant a = span.from().isAfter(cursor) ? span.from() : cursor;
                Instant b = span.to().isBefore(dayEnd) ? span.to() : dayEnd;
                if (!b.isAfter(a)) {
                    continue;
                }
                append(out, gap, cursor, a);
                append(out, SegmentKind.BUSINESS, a, b);
                cursor = b;
            }
            if (dayEnd.isAfter(cursor)) {
                append(out, gap, cursor, dayEnd);
                cursor = dayEnd;
            }
        }
        return out;
    }

    /** Whether business time is running at this instant. */
    public boolean isBusinessTime(Instant at) {
        for (Span span : spans(LocalDate.ofInstant(at, zone))) {
            if (!at.isBefore(span.from()) && at.isBefore(span.to())) {
                return true;
            }
        }
        return false;
    }

    private static void append(List<Segment> out, SegmentKind kind, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return;
        }
        if (!out.isEmpty()) {
            Segment last = out.get(out.size() - 1);
            if (last.kind() == kind && last.to().equals(from)) {
                out.set(out.size() - 1, new Segment(kind, last.from(), to));
                return;
            }
        }
        out.add(new Segment(kind, from, to));
    }

    private Instant dayStart(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The day's business intervals as instants, in order; none on a holiday. */
    private List<Span> spans(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<Hours> ofDay = week.get(day.getDayOfWeek());
        List<Span> spans = new ArrayList<>(ofDay.size());
        Instant previousEnd = null;
        for (Hours h : ofDay) {
            Instant from = at(day, h.startMinute());
            Instant to = at(day, h.endMinute());
            if (previousEnd != null && from.isBefore(previousEnd)) {
                from = previousEnd; // two intervals folded onto each other by an autumn overlap count once
            }
            if (to.isAfter(from)) {
                spans.add(new Span(from, to));
                previousEnd = to;
            }
        }
        return spans;
    }

    private Instant at(LocalDate day, int minute) {
        if (minute == 1440) {
            return dayStart(day.plusDays(1));
        }
        return ZonedDateTime.of(day, LocalTime.of(minute / 60, minute % 60), zone)
                .toInstant();
    }
}
