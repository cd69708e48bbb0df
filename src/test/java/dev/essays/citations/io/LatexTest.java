package dev.essays.citations.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "M{\\\"u}ller                     | Müller",
        "M\\\"{u}ller                     | Müller",
        "Fran{\\c{c}}ois and \\c c        | François and ç",
        "Ana{\\\"\\i}s, {\\'\\i}          | Anaïs, í",
        "{\\L}{\\l}{\\o}{\\O}{\\ss}{\\aa} | ŁłøØßå",
        "\\v{S}koda \\u{a} \\H{o}         | Škoda ă ő",
        "R\\&D 50\\% \\$5 \\#1 a\\_b       | R&D 50% $5 #1 a_b",
        "a~b -- c --- d                   | a\u00A0b – c — d",
        "``quoted'' and `single'          | “quoted” and ‘single'",
        "\\emph{Big} \\textbf{bold} {NASA} | Big bold NASA",
        "\\enquote{Hi} $x^2$              | “Hi” x^2",
        "\\textbackslash{} \\textasciitilde{} \\textasciicircum{} | \\ ~ ^",
        "\\href{http://x.org}{the site}   | the site",
        "\\unknowncommand{kept}           | kept",
    })
    void latex_toUnicode(String latex, String unicode) {
        assertEquals(unicode, Latex.toUnicode(latex));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "Müller & Søn 50%  | M{\\\"u}ller \\& S{\\o}n 50\\%",
        "Ça ŝ í            | {\\c{C}}a {\\^s} {\\'\\i}",
        "{x} ~ ^ \\ $ # _  | \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\$ \\# \\_",
        "漢字 – —          | 漢字 -- ---",
    })
    void unicode_toAsciiLatex_andBack(String unicode, String latex) {
        assertEquals(latex, Latex.fromUnicode(unicode, true));
        assertEquals(unicode, Latex.toUnicode(latex));
    }
}
