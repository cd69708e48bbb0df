package dev.essays.citations.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CslDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2013             | {date-parts=[[2013]]}",
        "2013-05          | {date-parts=[[2013, 5]]}",
        "2013-05-02       | {date-parts=[[2013, 5, 2]]}",
        "2013~            | {date-parts=[[2013]], circa=true}",
        "2013-22          | {date-parts=[[2013]], season=2}",
        "2013-05/2013-06  | {date-parts=[[2013, 5], [2013, 6]]}",
        "-0044-03-15      | {date-parts=[[-44, 3, 15]]}",
    })
    void edtf_toCslAndBack(String edtf, String csl) {
        Map<String, Object> date = CslDates.fromEdtf(edtf);
        assertEquals(csl, String.valueOf(date));
        assertEquals(edtf, CslDates.toEdtf(date));
    }

    @ParameterizedTest
    @CsvSource({"Spring 2013", "2013-13", "2013-05-32", "13", "2013/2014/2015"})
    void notEdtf_isNull(String text) {
        assertNull(CslDates.fromEdtf(text));
        assertEquals(Map.of("literal", text), CslDates.fromText(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2013 | 2013", "2013-05 | 2013-05"})
    void stringDateParts_areNumbers(String in, String out) {
        assertEquals(out, CslDates.toEdtf(Map.of("date-parts", List.of(List.of(in.split("-"))))));
    }
}
