package de.lotse.privacy;

import de.lotse.audit.EntityHistory;
import de.lotse.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Art. 17 GDPR: anonymises a person's personal fields in place, so that every count and statistic
 * stays correct, withdraws their consents and purges the stored history of the record. The audit
 * trail records that it happened (operation, record, field names), never the erased values.
 * Legal holds, set by the data protection officer, keep a person from being erased.
 */
@ApplicationScoped
public class Erasure {

    private final Caller caller;
    private final Consents consents;
    private final EntityHistory history;

    public Erasure(Caller caller, Consents consents, EntityHistory history) {
        this.caller = caller;
        this.consents = consents;
        this.history = history;
    }

    /**
     * Erases the person now: a 409 under legal hold (nothing changed). Erasing again is harmless:
     * it anonymises whatever was entered since, and answers changed=false when nothing was left.
     */
    @Transactional
    public ErasureDto erase(SubjectType type, UUID id) {
        Person person = Person.require(type, id, caller.scope());
        if (person.legalHoldReason() != null) {
            throw PrivacyProblems.legalHold(person);
        }
        return anonymise(person, caller.username());
    }

    /**
     * Anonymises one person who is not under legal hold, in the caller's transaction, and purges the
     * record's history down to the anonymised revision when that transaction commits.
     */
    ErasureDto anonymise(Person person, String actor) {
        List<String> fields = person.anonymise();
        int withdrawn = consents.withdrawAllAndForgetNotes(person.type(), person.id(), actor);
        boolean changed = !fields.isEmpty() || withdrawn > 0 || person.erasedAt() == null;
        if (person.erasedAt() == null) {
            person.markErased(now());
        }
        Panache.getEntityManager().flush();
        // Also when nothing changed: completes an erasure whose purge did not happen.
        history.forget(person.type().entity, person.id());
        return new ErasureDto(person.type(), person.id(), person.erasedAt(), changed, fields, withdrawn);
    }

    @Transactional
    public LegalHold.Dto hold(SubjectType type, UUID id, LegalHold.Request request) {
        Person person = Person.require(type, id, caller.scope());
        Instant since = person.legalHoldReason() == null ? now() : person.legalHoldSince();
        person.hold(request.reason().strip(), since);
        Panache.getEntityManager().flush();
        return new LegalHold.Dto(type, id, person.legalHoldReason(), person.legalHoldSince());
    }

    /** Lifts the hold; lifting one that is not set changes nothing. */
    @Transactional
    public void release(SubjectType type, UUID id) {
        Person person = Person.require(type, id, caller.scope());
        if (person.legalHoldReason() != null) {
            person.hold(null, null);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
