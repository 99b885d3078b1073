package org.jianding.app.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows stored UTC instants in the users' zone; templates call it as {@code ${@fmt.dateTime(x)}}. */
public class DisplayTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public DisplayTime(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone as people call it, e.g. 中国标准时间 or China Standard Time, never its id (Asia/Shanghai). */
    public String zoneName(java.util.Locale locale) {
        return java.util.TimeZone.getTimeZone(zone).getDisplayName(false, java.util.TimeZone.LONG, locale);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }
}
