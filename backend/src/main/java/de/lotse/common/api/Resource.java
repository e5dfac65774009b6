package de.lotse.common.api;

import java.util.UUID;

/** What every resource's read model exposes: its id and its optimistic-lock version. */
public interface Resource {
    UUID id();

    long version();
}
