package io.bora.engine.cron;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.bora.engine.api.BoraException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A 5-field Unix cron pattern ({@code min hour day-of-month month day-of-week}), evaluated in UTC. */
public final class CronPattern {
    /** Stored for triggers that only have a first time: February 30th never comes (spec §9). */
    public static final String NEVER = "0 0 30 2 0";

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String text;
    private final ExecutionTime times;

    private CronPattern(String text, ExecutionTime times) {
        this.text = text;
        this.times = times;
    }

    /** @throws BoraException 400 {@code The specified pattern is not valid: <p>} */
    public static CronPattern parse(String text) {
        try {
            Cron cron = PARSER.parse(text.trim()).validate();
            return new CronPattern(text, ExecutionTime.forCron(cron));
        } catch (RuntimeException e) {
            throw BoraException.badRequest("The specified pattern is not valid: " + text);
        }
    }

    public String text() {
        return text;
    }

    /** The first matching minute strictly after {@code time}; empty when the pattern never matches. */
    public Optional<Instant> nextAfter(Instant time) {
        ZonedDateTime from = time.atZone(ZoneOffset.UTC);
        try {
            return times.nextExecution(from).map(z -> z.toInstant().truncatedTo(ChronoUnit.MINUTES))
                    .filter(t -> t.isAfter(time));
        } catch (RuntimeException e) {
            // cron-utils gives up on patterns without any match (February 30th) by throwing
            return Optional.empty();
        }
    }
}
