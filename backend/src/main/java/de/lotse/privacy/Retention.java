package de.lotse.privacy;

import de.lotse.audit.Actor;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The retention job: anonymises newcomers who FINISHED and sponsors who LEFT more than
 * {@code lotse.retention.months} ago (counted from {@code ended_on}, which the database keeps),
 * unless a legal hold keeps them. Idempotent: anonymised people are not due again.
 */
@Startup // so that a wrong LOTSE_RETENTION_MONTHS stops the start, not the first night's run
@ApplicationScoped
public class Retention {

    /** Who and what the scheduled job's changes are recorded as. */
    static final String ACTOR = "system:retention";
    static final String OPERATION = "retention";
    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final Erasure erasure;
    private final int months;

    public Retention(Erasure erasure, @ConfigProperty(name = "lotse.retention.months") int months) {
        if (months < 1) {
            throw new IllegalArgumentException("lotse.retention.months (LOTSE_RETENTION_MONTHS) must be at least 1, not " + months);
        }
        this.erasure = erasure;
        this.months = months;
    }

    @Scheduled(identity = "retention", cron = "{lotse.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Actor.runAsSystem(ACTOR, OPERATION, () -> run(ACTOR));
    }

    /**
     * Runs the job now; {@code actor} is recorded as who withdrew the consents. Each person is
     * anonymised in a transaction of its own: what is done stays done.
     */
    public RetentionRunDto run(String actor) {
        Instant startedAt = now();
        LocalDate endedBefore = QuarkusTransaction.requiringNew().call(() -> (LocalDate) Panache.getEntityManager()
                .createNativeQuery("SELECT CAST(current_date - make_interval(months => :months) AS date)", LocalDate.class)
                .setParameter("months", months).getSingleResult());
        int examined = 0;
        int anonymised = 0;
        int held = 0;
        for (SubjectType type : SubjectType.values()) {
            List<PersonalDataDto.StoredRow> due = QuarkusTransaction.requiringNew().call(() -> Rows.query(
                    "SELECT id FROM " + type.table + " WHERE erased_at IS NULL AND ended_on < ? ORDER BY ended_on, id", endedBefore));
            for (PersonalDataDto.StoredRow row : due) {
                UUID id = (UUID) row.get("id");
                examined++;
                if (anonymise(type, id, actor)) {
                    anonymised++;
                } else {
                    held++;
                }
            }
        }
        RetentionRunDto run = new RetentionRunDto(startedAt, now(), months, endedBefore, examined, anonymised, held);
        LOG.infof("Retention run: involvement ended before %s (%d months); examined %d, anonymised %d, skipped for legal hold %d",
                endedBefore, months, examined, anonymised, held);
        return run;
    }

    /** False when a legal hold keeps the person (read in the same transaction as the change). */
    private boolean anonymise(SubjectType type, UUID id, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.of(Panache.getEntityManager().find(type.entity, id));
            if (person.legalHoldReason() != null) {
                return false;
            }
            erasure.anonymise(person, actor);
            return true;
        });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
