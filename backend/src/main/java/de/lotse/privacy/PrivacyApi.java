package de.lotse.privacy;

/** What the contract says about the privacy operations, the same for newcomers and sponsors. */
final class PrivacyApi {

    static final String TAG = "Privacy";
    static final String TAG_DESCRIPTION = "Data protection (GDPR/DSGVO): consents, export of personal data (Art. 15), erasure (Art. 17), "
            + "legal holds and the retention job";
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    static final String LIST_CONSENTS = "Every consent the person gave, in force or withdrawn, and for every purpose whether processing "
            + "is allowed now (purposes; independent of filters and page). q searches purpose and note. Sortable by givenAt "
            + "(default -givenAt), withdrawnAt, purpose, createdAt.";
    static final String GIVE_CONSENT = "Records a consent the person gave (e.g. on a signed form): givenAt defaults to now and may not "
            + "lie in the future; recordedBy is the caller's account. One consent per purpose can be in force at a time.";
    static final String GIVE_CONSENT_CONFLICT = "A consent to this purpose is already in force (urn:lotse:problem:duplicate), or the "
            + "person was erased (urn:lotse:problem:erased)";
    static final String WITHDRAW_CONSENT = "Withdrawal is one-way: the consent stays on record with withdrawnAt and withdrawnBy, and "
            + "processing for its purpose stops (withdrawing DATA_PROCESSING stops every purpose). Record a new consent if the person "
            + "consents again.";
    static final String WITHDRAW_CONFLICT = "The consent was already withdrawn (urn:lotse:problem:already-withdrawn); nothing changed";
    static final String EXPORT = "Everything Lotse holds about the person, as JSON (Art. 15 GDPR): the stored record with every column, "
            + "the project, all consents, rows of other records that refer to the person, the stored history of the record, the audit "
            + "trail entries about the person and their consents, and when and by whom the export was made. The export is recorded "
            + "in the audit trail.";
    static final String ERASE = "Anonymises the person's personal fields in place, so counts and statistics stay correct, withdraws "
            + "every consent and removes consent notes, and purges the stored history of the record but its newest, anonymised "
            + "revision. The audit trail records the erasure with the names of the fields, not their values. Erasing again is "
            + "harmless: it anonymises what was entered since and otherwise answers changed=false. A legal hold refuses with 409.";
    static final String ERASE_CONFLICT = "The person is under legal hold (urn:lotse:problem:legal-hold; the detail gives the reason); "
            + "nothing was changed";
    static final String HOLD = "Sets or replaces the reason for keeping the person's data (e.g. a pending court case or a retention "
            + "duty of a funding programme). While it is set, erasure answers 409 and the retention job skips the person. since stays "
            + "the day the hold was first set.";
    static final String RELEASE = "Lifts the legal hold; lifting one that is not set changes nothing.";
    static final String CONCURRENT_CHANGE = "The record was changed by someone else at the same moment; retry";

    private PrivacyApi() {
    }
}
