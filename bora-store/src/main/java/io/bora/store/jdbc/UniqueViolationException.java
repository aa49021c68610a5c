package io.bora.store.jdbc;

import io.bora.store.StoreException;

import java.sql.SQLException;
import java.util.Locale;

/** A unique constraint refused a write; callers turn it into Mistral's duplicate message. */
public final class UniqueViolationException extends StoreException {

    UniqueViolationException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** Whether the database names this constraint (both H2 and PostgreSQL put it in the text). */
    public boolean concerns(String constraintName) {
        String text = String.valueOf(getMessage()).toLowerCase(Locale.ROOT);
        return text.contains(constraintName.toLowerCase(Locale.ROOT));
    }
}
