package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.careweave.InputException;
import org.junit.jupiter.api.Test;

/**
 * CaseReader checks dates and times by hand; these compare it with the pattern and java.time parse it replaced
 * (the reference below is that code), on every day of the years allowed and around them, every month and day
 * number 00-39, and malformed text: the same value or the same error with the same pointer.
 */
class CaseReaderDateTest {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}");

    /** The former CaseReader.parseDate. */
    private static LocalDate formerDate(String text, String at) {
        if (!DATE.matcher(text).matches()) {
            throw new InputException(at, "not a date (YYYY-MM-DD)");
        }
        int year = Integer.parseInt(text.substring(0, 4));
        if (year < CaseReader.MIN_YEAR || year > CaseReader.MAX_YEAR) {
            throw new InputException(at, "year outside " + CaseReader.MIN_YEAR + "-" + CaseReader.MAX_YEAR);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(at, "not a date (YYYY-MM-DD)");
        }
    }

    /** The former CaseReader.Obj.time. */
    private static LocalTime formerTime(String text, String at) {
        if (!TIME.matcher(text).matches()) {
            throw new InputException(at, "not a time (HH:MM)");
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(at, "not a time (HH:MM)");
        }
    }

    private static <T> String outcome(BiFunction<String, String, T> parse, String text) {
        try {
            return "value " + parse.apply(text, "/visits/0/date");
        } catch (InputException e) {
            return "error " + e.pointer() + ": " + e.getMessage();
        }
    }

    private static void sameDate(String text) {
        assertEquals(outcome(CaseReaderDateTest::formerDate, text), outcome(CaseReader::parseDate, text), text);
    }

    @Test
    void everyDayOfTheAllowedYearsAndAroundThem() {
        for (LocalDate d = LocalDate.of(1895, 1, 1); d.isBefore(LocalDate.of(2205, 1, 1)); d = d.plusDays(1)) {
            sameDate(d.toString());
        }
    }

    @Test
    void everyMonthAndDayNumberFrom00To39InLeapAndCommonYears() {
        for (String year : List.of("1899", "1900", "2000", "2023", "2024", "2100", "2199", "2200", "0000", "9999")) {
            for (int m = 0; m < 40; m++) {
                for (int d = 0; d < 40; d++) {
                    sameDate(String.format("%s-%02d-%02d", year, m, d));
                }
            }
        }
    }

    @Test
    void malformedDates() {
        List<String> texts = new ArrayList<>(List.of("", "2026", "2026-1-02", "2026-01-2", "2026/01/02", "20260102",
                "2026-01-02 ", " 2026-01-02", "2026-01-02T00:00", "+2026-01-02", "-2026-01-02", "+99999-01-01",
                "2026-01-0a", "2O26-01-02", "2026--1-02", "2026-01--2", "2026-0１-02", "٢٠٢٦-٠١-٠٢", "2026-01-02\n"));
        for (int i = 0; i < 10; i++) {
            char[] c = "2026-01-02".toCharArray();
            c[i] = 'x';
            texts.add(new String(c));
            c[i] = '-';
            texts.add(new String(c));
        }
        texts.forEach(CaseReaderDateTest::sameDate);
    }

    @Test
    void everyTimeFrom00To99AndMalformedTimes() {
        List<String> texts = new ArrayList<>(List.of("", "9:05", "09:5", "0905", "09-05", "09:05:00", " 09:05",
                "09:05 ", "0x:05", "09:0x", "١٢:٠٠", "24:00", "23:60", "-1:00"));
        for (int h = 0; h < 100; h++) {
            for (int m = 0; m < 100; m++) {
                texts.add(String.format("%02d:%02d", h, m));
            }
        }
        for (String t : texts) {
            assertEquals(outcome(CaseReaderDateTest::formerTime, t), outcome(CaseReader::parseTime, t), t);
        }
    }
}
