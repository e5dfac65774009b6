package de.lotse.audit;

import de.lotse.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import java.util.List;
import java.util.function.Supplier;

/**
 * Who a change or a read is recorded for: the signed-in person (account name and roles), a tool of
 * the city (client id and scopes), or a job of Lotse itself, with the operation it performed.
 */
public record Actor(String name, ActorKind kind, List<String> roles, String operation) {

    private static final ThreadLocal<Actor> JOB = new ThreadLocal<>();
    private static final Actor UNKNOWN_SYSTEM = new Actor("system", ActorKind.SYSTEM, List.of(), null);

    /**
     * Runs {@code work} as a job of Lotse: what it writes is recorded with actor {@code name} (e.g.
     * {@code system:retention}) and {@code operation}, not as whoever triggered it. The work must
     * run on this thread and contain its whole transaction: Hibernate writes, and so records, at
     * the latest when the transaction commits (call a {@code @Transactional} method from inside,
     * or use {@code QuarkusTransaction} inside).
     */
    public static <T> T runAsSystem(String name, String operation, Supplier<T> work) {
        Actor previous = JOB.get();
        JOB.set(new Actor(name, ActorKind.SYSTEM, List.of(), operation));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                JOB.remove();
            } else {
                JOB.set(previous);
            }
        }
    }

    /** The actor of the current thread: a job's, else the caller of the current request, else the unnamed system. */
    static Actor current() {
        Actor job = JOB.get();
        if (job != null) {
            return job;
        }
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return UNKNOWN_SYSTEM;
        }
        try (InstanceHandle<Caller> handle = Arc.container().instance(Caller.class)) {
            Caller caller = handle.get();
            if (!caller.signedIn()) {
                return UNKNOWN_SYSTEM;
            }
            return caller.isClient()
                    ? new Actor(caller.username(), ActorKind.CLIENT, caller.scopes().stream().map(s -> s.claim).sorted().toList(), caller.operationId())
                    : new Actor(caller.username(), ActorKind.PERSON, caller.roles().stream().map(Enum::name).sorted().toList(), caller.operationId());
        }
    }
}
