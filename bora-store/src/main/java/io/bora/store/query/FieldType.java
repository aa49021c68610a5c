package io.bora.store.query;

/** How a REST field's filter values are converted and compared. */
public enum FieldType {
    /** Plain text column. */
    TEXT,
    /** JSON text column: compared as its stored text, like Mistral does. */
    JSON,
    /** JSON list of strings: {@code tags=a,b} means "contains all of a and b". */
    TAGS,
    TIMESTAMP,
    BOOLEAN,
    INTEGER
}
