package de.lotse.privacy;

import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import de.lotse.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Consent records of newcomers and sponsors, and the one question other features ask: may a
 * person's data be processed for a purpose now ({@link #allows}).
 */
@ApplicationScoped
public class Consents {

    static final SortFields SORT = SortFields.defaultingTo("-givenAt")
            .field("givenAt").field("withdrawnAt").field("purpose").field("createdAt");

    private final Caller caller;

    public Consents(Caller caller) {
        this.caller = caller;
    }

    /** Filters of the consent list; null means "any". */
    public record Filter(ConsentPurpose purpose, Boolean inForce) {
    }

    /**
     * Whether the person's data may be processed for {@code purpose} now: a consent to it is in
     * force, and, for every purpose but DATA_PROCESSING, a consent to DATA_PROCESSING too.
     */
    @Transactional
    public boolean allows(SubjectType type, UUID id, ConsentPurpose purpose) {
        return allowing(type, List.of(id), purpose).contains(id);
    }

    /** Of {@code ids}, the people whose data may be processed for {@code purpose} now; one query. */
    @Transactional
    public Set<UUID> allowing(SubjectType type, Collection<UUID> ids, ConsentPurpose purpose) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<ConsentPurpose> needed = EnumSet.of(ConsentPurpose.DATA_PROCESSING, purpose);
        String subject = "c." + Consent.subjectAttribute(type);
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("select " + subject + " from Consent c where " + subject + " in :ids and c.withdrawnAt is null"
                        + " and c.purpose in :needed group by " + subject + " having count(distinct c.purpose) = :count", UUID.class)
                .setParameter("ids", ids).setParameter("needed", needed).setParameter("count", (long) needed.size())
                .getResultList());
    }

    @Transactional
    public ConsentList list(SubjectType type, UUID personId, Filter filter, PageParams params) {
        Person.require(type, personId, caller.scope());
        Page<ConsentDto> page = new ListQuery()
                .where(Consent.subjectAttribute(type) + " = :person", "person", personId)
                .search(params.q)
                .where("purpose = :purpose", "purpose", filter.purpose())
                .where("(case when withdrawnAt is null then true else false end) = :inForce", "inForce", filter.inForce())
                .page((jpql, sort, parameters) -> Consent.find(jpql, sort, parameters), SORT, params, ConsentDto::from);
        return new ConsentList(page.items(), page.page(), page.size(), page.total(), purposes(type, personId));
    }

    @Transactional
    public ConsentDto get(SubjectType type, UUID personId, UUID consentId) {
        Person.require(type, personId, caller.scope());
        return ConsentDto.from(find(type, personId, consentId));
    }

    @Transactional
    public ConsentDto give(SubjectType type, UUID personId, ConsentRequest request) {
        Person person = Person.require(type, personId, caller.scope());
        if (person.erasedAt() != null) {
            throw PrivacyProblems.erased(person);
        }
        if (Consent.count(Consent.subjectAttribute(type) + " = ?1 and purpose = ?2 and withdrawnAt is null", personId, request.purpose()) > 0) {
            throw Problems.duplicate("purpose", "A consent to " + request.purpose() + " is already in force; withdraw it first.");
        }
        Consent consent = new Consent();
        if (type == SubjectType.NEWCOMER) {
            consent.newcomerId = personId;
        } else {
            consent.sponsorId = personId;
        }
        consent.purpose = request.purpose();
        // PostgreSQL keeps microseconds: cut here so the answer equals what a later GET returns.
        consent.givenAt = (request.givenAt() == null ? Instant.now() : request.givenAt()).truncatedTo(ChronoUnit.MICROS);
        consent.recordedBy = caller.username();
        consent.note = request.note();
        consent.persistAndFlush();
        return ConsentDto.from(consent);
    }

    /** Withdraws one consent: a 409 when it already was; nothing is deleted. */
    @Transactional
    public ConsentDto withdraw(SubjectType type, UUID personId, UUID consentId) {
        Person.require(type, personId, caller.scope());
        Consent consent = find(type, personId, consentId);
        if (!consent.inForce()) {
            throw PrivacyProblems.alreadyWithdrawn(consent);
        }
        withdraw(consent, caller.username());
        Panache.getEntityManager().flush();
        return ConsentDto.from(consent);
    }

    /** Every consent of the person, newest first (for the export). */
    @Transactional
    public List<ConsentDto> all(SubjectType type, UUID personId) {
        return Consent.<Consent>list(Consent.subjectAttribute(type) + " = ?1 order by givenAt desc, id", personId).stream()
                .map(ConsentDto::from).toList();
    }

    /**
     * For an erasure: withdraws the consents in force and removes the notes of all of them (they
     * may name the person). Returns how many were withdrawn.
     */
    int withdrawAllAndForgetNotes(SubjectType type, UUID personId, String actor) {
        List<Consent> consents = Consent.list(Consent.subjectAttribute(type) + " = ?1", personId);
        int withdrawn = 0;
        for (Consent consent : consents) {
            if (consent.inForce()) {
                withdraw(consent, actor);
                withdrawn++;
            }
            consent.note = null;
        }
        return withdrawn;
    }

    private List<ConsentList.PurposeStatus> purposes(SubjectType type, UUID personId) {
        Map<ConsentPurpose, Instant> inForce = Consent.<Consent>list(Consent.subjectAttribute(type) + " = ?1 and withdrawnAt is null", personId)
                .stream().collect(Collectors.toMap(c -> c.purpose, c -> c.givenAt, (a, b) -> a));
        boolean base = inForce.containsKey(ConsentPurpose.DATA_PROCESSING);
        return Arrays.stream(ConsentPurpose.values())
                .map(p -> new ConsentList.PurposeStatus(p, inForce.containsKey(p) && (base || p == ConsentPurpose.DATA_PROCESSING), inForce.get(p)))
                .toList();
    }

    private static Consent find(SubjectType type, UUID personId, UUID consentId) {
        Consent consent = Consent.findById(consentId);
        if (consent == null || !personId.equals(type == SubjectType.NEWCOMER ? consent.newcomerId : consent.sponsorId)) {
            throw Problems.notFound("consent", consentId);
        }
        return consent;
    }

    private static void withdraw(Consent consent, String actor) {
        consent.withdrawnAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        consent.withdrawnBy = actor;
    }
}
