package de.lotse.privacy;

import de.lotse.common.error.Problems;
import de.lotse.common.persistence.BaseEntity;
import de.lotse.newcomer.Newcomer;
import de.lotse.security.RecordScope;
import de.lotse.sponsor.Sponsor;
import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A newcomer or a sponsor as the privacy features see them: who they are, whether a legal hold
 * protects them, and how their personal fields are anonymised.
 */
sealed interface Person {

    /** What erased names read; the columns are NOT NULL, and lists show the person as erased. */
    String ERASED = "Gelöscht";

    SubjectType type();

    BaseEntity record();

    UUID projectId();

    String legalHoldReason();

    Instant legalHoldSince();

    void hold(String reason, Instant since);

    Instant erasedAt();

    void markErased(Instant at);

    /**
     * Removes or coarsens every field that identifies the person and keeps the categorical ones that
     * statistics count. Returns the names of the fields that changed (empty when already anonymous).
     */
    List<String> anonymise();

    default UUID id() {
        return record().id;
    }

    /** The person if {@code scope} sees them; otherwise 404, as if they did not exist. */
    static Person require(SubjectType type, UUID id, RecordScope scope) {
        BaseEntity record = Panache.getEntityManager().find(type.entity, id);
        Person person = record == null ? null : of(record);
        if (person == null || !scope.sees(id, person.projectId())) {
            throw Problems.notFound(type.resourceName, id);
        }
        return person;
    }

    static Person of(BaseEntity record) {
        return record instanceof Newcomer n ? new OfNewcomer(n) : new OfSponsor((Sponsor) record);
    }

    record OfNewcomer(Newcomer record) implements Person {
        public SubjectType type() {
            return SubjectType.NEWCOMER;
        }

        public UUID projectId() {
            return record.projectId;
        }

        public String legalHoldReason() {
            return record.legalHoldReason;
        }

        public Instant legalHoldSince() {
            return record.legalHoldSince;
        }

        public void hold(String reason, Instant since) {
            record.legalHoldReason = reason;
            record.legalHoldSince = since;
        }

        public Instant erasedAt() {
            return record.erasedAt;
        }

        public void markErased(Instant at) {
            record.erasedAt = at;
        }

        // Kept: country of origin, languages, district, household size, needs, residence status, status, project.
        public List<String> anonymise() {
            Changes c = new Changes();
            Newcomer n = record;
            n.firstName = c.set("firstName", n.firstName, ERASED);
            n.lastName = c.set("lastName", n.lastName, ERASED);
            n.arrivalDate = c.set("arrivalDate", n.arrivalDate, firstOfMonth(n.arrivalDate));
            n.accommodation = c.set("accommodation", n.accommodation, null);
            n.consentGivenAt = c.set("consentGivenAt", n.consentGivenAt, null);
            n.email = c.set("email", n.email, null);
            n.phone = c.set("phone", n.phone, null);
            n.notes = c.set("notes", n.notes, null);
            return c.fields;
        }
    }

    record OfSponsor(Sponsor record) implements Person {
        public SubjectType type() {
            return SubjectType.SPONSOR;
        }

        public UUID projectId() {
            return record.projectId;
        }

        public String legalHoldReason() {
            return record.legalHoldReason;
        }

        public Instant legalHoldSince() {
            return record.legalHoldSince;
        }

        public void hold(String reason, Instant since) {
            record.legalHoldReason = reason;
            record.legalHoldSince = since;
        }

        public Instant erasedAt() {
            return record.erasedAt;
        }

        public void markErased(Instant at) {
            record.erasedAt = at;
        }

        // Kept: languages, district, status, max mentees, project; the training month (trained or not).
        public List<String> anonymise() {
            Changes c = new Changes();
            Sponsor s = record;
            s.firstName = c.set("firstName", s.firstName, ERASED);
            s.lastName = c.set("lastName", s.lastName, ERASED);
            s.email = c.set("email", s.email, null);
            s.phone = c.set("phone", s.phone, null);
            s.interests = c.set("interests", s.interests == null ? List.of() : s.interests, List.of());
            s.availability = c.set("availability", s.availability, null);
            s.trainingCompletedOn = c.set("trainingCompletedOn", s.trainingCompletedOn, firstOfMonth(s.trainingCompletedOn));
            s.consentGivenAt = c.set("consentGivenAt", s.consentGivenAt, null);
            s.notes = c.set("notes", s.notes, null);
            return c.fields;
        }
    }

    private static LocalDate firstOfMonth(LocalDate date) {
        return date == null ? null : date.withDayOfMonth(1);
    }

    /** Collects the names of the fields an anonymisation changes. */
    final class Changes {
        final List<String> fields = new ArrayList<>();

        <T> T set(String field, T current, T anonymous) {
            if (!Objects.equals(current, anonymous)) {
                fields.add(field);
            }
            return anonymous;
        }
    }
}
