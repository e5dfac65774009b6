package de.lotse.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the actor and operation of the transaction that makes it. */
public class HistoryRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        HistoryRevision revision = (HistoryRevision) revisionEntity;
        Actor actor = Actor.current();
        revision.actor = actor.name();
        revision.operation = actor.operation();
    }
}
