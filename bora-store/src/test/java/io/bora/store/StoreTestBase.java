package io.bora.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every contract test class runs once per backend on an emptied database. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
abstract class StoreTestBase {

    protected final Backend backend;
    protected final JdbcStore store;

    StoreTestBase(Backend backend) {
        this.backend = backend;
        this.store = Databases.store(backend);
    }

    @BeforeEach
    void emptyTables() {
        Databases.clean(store);
    }
}
