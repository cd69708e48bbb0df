package dev.essays.comments;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CidrRangeTest {

    @Test
    void ipv4Range_matchesByPrefix() {
        CidrRange r = CidrRange.parse("10.1.0.0/15");
        assertTrue(r.contains("10.0.255.1"));
        assertTrue(r.contains("10.1.2.3"));
        assertFalse(r.contains("10.2.0.1"));
        assertTrue(CidrRange.parse("0.0.0.0/0").contains("198.51.100.1"));
        assertTrue(CidrRange.parse("198.51.100.7").contains("198.51.100.7"));
        assertFalse(CidrRange.parse("198.51.100.7").contains("198.51.100.8"));
    }

    @Test
    void ipv6Range_matchesByPrefix_andNeverMatchesIpv4() {
        CidrRange r = CidrRange.parse("2001:db8:abcd::/48");
        assertTrue(r.contains("2001:db8:abcd:12::1"));
        assertTrue(r.contains("[2001:db8:abcd::ff]"));
        assertFalse(r.contains("2001:db8:abce::1"));
        assertFalse(r.contains("10.0.0.1"));
    }

    @Test
    void ipv4MappedIpv6_isCaughtByIpv4Range() {
        assertTrue(CidrRange.parse("192.0.2.0/24").contains("::ffff:192.0.2.9"));
    }

    @Test
    void hostnamesAndJunk_neverMatch_andNeverResolve() {
        CidrRange r = CidrRange.parse("0.0.0.0/0");
        assertFalse(r.contains("localhost"));
        assertFalse(r.contains("999.1.1.1"));
        assertFalse(r.contains("abc.example"));
        assertFalse(r.contains(""));
    }

    @Test
    void invalidRanges_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> CidrRange.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> CidrRange.parse("example.org/8"));
        assertThrows(IllegalArgumentException.class, () -> CidrRange.parse("::/129"));
    }
}
