package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyDateTime;
import io.bora.expr.value.PyText;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Date and time functions (spec §8.9): Python datetime/timedelta semantics on java.time. */
final class DateTimeLib {
    private DateTimeLib() {
    }

    static Object property(Object value, String name) {
        if (value instanceof PyDateTime pdt) {
            OffsetDateTime t = pdt.value();
            switch (name) {
                case "year" -> {
                    return (long) t.getYear();
                }
                case "month" -> {
                    return (long) t.getMonthValue();
                }
                case "day" -> {
                    return (long) t.getDayOfMonth();
                }
                case "hour" -> {
                    return (long) t.getHour();
                }
                case "minute" -> {
                    return (long) t.getMinute();
                }
                case "second" -> {
                    return (long) t.getSecond();
                }
                case "microsecond" -> {
                    return (long) (t.getNano() / 1000);
                }
                case "weekday" -> {
                    return (long) (t.getDayOfWeek().getValue() - 1);
                }
                case "offset" -> {
                    return Duration.ofSeconds(t.getOffset().getTotalSeconds());
                }
                case "timestamp" -> {
                    return t.toEpochSecond() + t.getNano() / 1e9;
                }
                case "date" -> {
                    return new PyDateTime(t.truncatedTo(ChronoUnit.DAYS));
                }
                case "time" -> {
                    return Duration.between(t.truncatedTo(ChronoUnit.DAYS), t);
                }
                case "utc" -> {
                    return new PyDateTime(t.withOffsetSameInstant(ZoneOffset.UTC));
                }
                default -> {
                }
            }
        } else if (value instanceof Duration d) {
            double micros = d.getSeconds() * 1e6 + d.getNano() / 1000.0;
            switch (name) {
                case "days" -> {
                    return micros / 86_400e6;
                }
                case "hours" -> {
                    return micros / 3_600e6;
                }
                case "minutes" -> {
                    return micros / 60e6;
                }
                case "seconds" -> {
                    return micros / 1e6;
                }
                case "milliseconds" -> {
                    return micros / 1e3;
                }
                case "microseconds" -> {
                    return Operators.micros(d);
                }
                default -> {
                }
            }
        }
        throw new ExpressionException(ErrorCategory.NO_FUNCTION, "Unknown function \"#property#" + name + "\"");
    }

    static void register(Registry r) {
        r.add("datetime", "F", "string:str, format:str?=null", a -> {
            OffsetDateTime t = a.get(1) == null ? DateParsing.lenient(a.str(0))
                    : DateParsing.strptime(a.str(0), a.str(1));
            return new PyDateTime(t);
        });
        r.add("datetime", "F", "timestamp:num, offset:ts=?", a -> {
            double ts = Py.toDouble(a.get(0));
            BigDecimal micros = new BigDecimal(ts).multiply(BigDecimal.valueOf(1_000_000))
                    .setScale(0, java.math.RoundingMode.HALF_EVEN);
            long us = micros.longValueExact();
            ZoneOffset off = offset(a.has(1) ? (Duration) a.get(1) : Duration.ZERO);
            OffsetDateTime t = OffsetDateTime.ofInstant(java.time.Instant.EPOCH.plus(us, ChronoUnit.MICROS), off);
            return new PyDateTime(t);
        });
        r.add("datetime", "F", "year:int, month:int, day:int, hour:int=0, minute:int=0, second:int=0, "
                + "microsecond:int=0, offset:ts=?", a -> {
                    try {
                        ZoneOffset off = offset(a.has(7) ? (Duration) a.get(7) : Duration.ZERO);
                        return new PyDateTime(OffsetDateTime.of((int) a.integer(0), (int) a.integer(1), (int) a.integer(2),
                                (int) a.integer(3), (int) a.integer(4), (int) a.integer(5),
                                (int) checkMicros(a.integer(6)) * 1000, off));
                    } catch (DateTimeException e) {
                        throw new ExpressionException(ErrorCategory.VALUE, e.getMessage());
                    }
                });
        r.add("timespan", "F", "days:int=0, hours:int=0, minutes:int=0, seconds:int=0, milliseconds:int=0, "
                + "microseconds:int=0", a -> {
                    for (int i = 3; i < 6; i++) {
                        if (a.get(i) instanceof Boolean) {
                            throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                                    "No function \"timespan\" matches supplied arguments");
                        }
                    }
                    long us = a.integer(5) + a.integer(4) * 1000L + a.integer(3) * 1_000_000L
                            + a.integer(2) * 60_000_000L + a.integer(1) * 3_600_000_000L + a.integer(0) * 86_400_000_000L;
                    return Duration.of(us, ChronoUnit.MICROS);
                });
        r.add("now", "F", "offset:ts?=?", a -> {
            Duration off = a.has(0) && a.get(0) != null ? (Duration) a.get(0) : Duration.ZERO;
            return new PyDateTime(OffsetDateTime.now(offset(off)).truncatedTo(ChronoUnit.MICROS));
        });
        r.add("localtz", "F", "", a -> Duration.ofSeconds(OffsetDateTime.now().getOffset().getTotalSeconds()));
        r.add("utctz", "F", "", a -> Duration.ZERO);
        r.add("format", "M", "dt:dt, format:str", a -> DateParsing.strftime(((PyDateTime) a.get(0)).value(), a.str(1)));
        r.add("replace", "M", "dt:dt, year:int?=null, month:int?=null, day:int?=null, hour:int?=null, "
                + "minute:int?=null, second:int?=null, microsecond:int?=null, offset:ts?=null", a -> {
                    OffsetDateTime t = ((PyDateTime) a.get(0)).value();
                    try {
                        int y = a.get(1) != null ? (int) a.integer(1) : t.getYear();
                        int mo = a.get(2) != null ? (int) a.integer(2) : t.getMonthValue();
                        int d = a.get(3) != null ? (int) a.integer(3) : t.getDayOfMonth();
                        LocalDate date = LocalDate.of(y, mo, d);
                        t = t.with(date);
                        if (a.get(4) != null) {
                            t = t.withHour((int) a.integer(4));
                        }
                        if (a.get(5) != null) {
                            t = t.withMinute((int) a.integer(5));
                        }
                        if (a.get(6) != null) {
                            t = t.withSecond((int) a.integer(6));
                        }
                        if (a.get(7) != null) {
                            t = t.withNano((int) checkMicros(a.integer(7)) * 1000);
                        }
                        if (a.get(8) != null) {
                            t = t.withOffsetSameLocal(offset((Duration) a.get(8)));
                        }
                    } catch (DateTimeException e) {
                        throw new ExpressionException(ErrorCategory.VALUE, "day is out of range for month: " + e.getMessage());
                    }
                    return new PyDateTime(t);
                });
    }

    private static long checkMicros(long us) {
        if (us < 0 || us > 999_999) {
            throw new ExpressionException(ErrorCategory.VALUE, "microsecond must be in 0..999999");
        }
        return us;
    }

    static ZoneOffset offset(Duration d) {
        try {
            return ZoneOffset.ofTotalSeconds((int) d.getSeconds());
        } catch (DateTimeException e) {
            throw new ExpressionException(ErrorCategory.VALUE, "offset must be a timedelta strictly between "
                    + "-timedelta(hours=24) and timedelta(hours=24), not " + PyText.durationStr(d));
        }
    }

    static OffsetDateTime utc(LocalDateTime t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static LocalDate date(int y, int m, int d, String text) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new ExpressionException(ErrorCategory.VALUE, "day is out of range for month: " + text);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
