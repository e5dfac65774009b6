package de.lotse.privacy;

import de.lotse.common.error.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The conflicts of the privacy features (RFC 9457). Details name records by id, never by name. */
final class PrivacyProblems {

    static final URI LEGAL_HOLD = Problems.type("legal-hold");
    static final URI ALREADY_WITHDRAWN = Problems.type("already-withdrawn");
    static final URI ERASED = Problems.type("erased");

    private PrivacyProblems() {
    }

    /** 409: the person is under legal hold; the detail gives the reason (the DPO's own words). */
    static HttpProblem legalHold(Person person) {
        return HttpProblem.builder()
                .withType(LEGAL_HOLD)
                .withStatus(409)
                .withTitle("Under legal hold")
                .withDetail(capitalised(person) + " is under legal hold since " + person.legalHoldSince() + ": "
                        + person.legalHoldReason() + ". Nothing was changed; the data protection officer must lift the hold first.")
                .build();
    }

    static HttpProblem alreadyWithdrawn(Consent consent) {
        return HttpProblem.builder()
                .withType(ALREADY_WITHDRAWN)
                .withStatus(409)
                .withTitle("Already withdrawn")
                .withDetail("Consent " + consent.id + " was withdrawn at " + consent.withdrawnAt + "; a withdrawal cannot be repeated or undone. "
                        + "Record a new consent if the person consents again.")
                .build();
    }

    static HttpProblem erased(Person person) {
        return HttpProblem.builder()
                .withType(ERASED)
                .withStatus(409)
                .withTitle("Erased")
                .withDetail(capitalised(person) + " was erased at " + person.erasedAt() + "; no consents can be recorded for it.")
                .build();
    }

    private static String capitalised(Person person) {
        String name = person.type().resourceName;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + person.id();
    }
}
