package io.bora.server.v1;

import io.bora.engine.cron.CronTriggerRequest;
import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.model.CronTrigger;
import io.bora.engine.port.ListQuery;
import io.bora.lang.v1.V1CronTrigger;
import io.bora.lang.v1.V1Workbook;

import java.util.LinkedHashMap;

/**
 * The cron triggers of v1 periodic events (seed-v1.md §3): uploading a definition replaces the
 * workbook's triggers (those named {@code <workbook>.*}); deleting the workbook removes them.
 */
final class V1CronTriggers {
    private final CronTriggerService cron;

    V1CronTriggers(CronTriggerService cron) {
        this.cron = cron;
    }

    void replace(V1Workbook wb) {
        removeAll(wb.name());
        for (V1CronTrigger t : wb.cronTriggers()) {
            cron.create(new CronTriggerRequest(t.name(), t.pattern(), t.workflowName(), null, "",
                    new LinkedHashMap<>(), new LinkedHashMap<>(t.workflowParams()), null, null, "private"));
        }
    }

    void removeAll(String workbook) {
        String prefix = workbook + ".";
        ListQuery byName = ListQuery.where(new ListQuery.Filter("name", ListQuery.Op.HAS, prefix));
        for (CronTrigger t : cron.list(byName)) {
            if (t.name().startsWith(prefix) && V1Executions.belongsTo(t.workflowParams(), workbook)) {
                cron.delete(t.id());
            }
        }
    }
}
