-- Budget lines (Haushaltspositionen): planned and actual cost or funding of a project per fiscal
-- year. Amounts are exact (numeric(14,2), EUR). A project with budget lines cannot be deleted:
-- the foreign key has no cascade, so the API answers 409 naming the budget lines.
CREATE TABLE budget_lines (
    id             uuid PRIMARY KEY,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    project_id     uuid          NOT NULL CONSTRAINT fk_budget_lines__project REFERENCES projects (id),
    fiscal_year    integer       NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    kind           varchar(20)   NOT NULL CHECK (kind IN ('COST', 'FUNDING')),
    category       varchar(40)   NOT NULL CHECK (category IN ('PERSONNEL', 'MATERIAL', 'RENT', 'EVENTS', 'TRAINING',
                                                              'STATE_GRANT', 'FOUNDATION', 'CITY_BUDGET', 'OTHER')),
    description    varchar(500)  NOT NULL COLLATE "de-x-icu",
    planned_amount numeric(14,2) NOT NULL CHECK (planned_amount >= 0),
    actual_amount  numeric(14,2) CHECK (actual_amount >= 0),
    cost_centre    varchar(40),
    budget_item    varchar(40),
    funder         varchar(200),
    search_text    text GENERATED ALWAYS AS (lotse_normalize(
        description || ' ' || coalesce(funder, '') || ' ' || coalesce(cost_centre, '') || ' '
        || coalesce(budget_item, ''))) STORED,
    -- The category must fit the kind; OTHER fits both (BudgetCategory in the code says the same).
    CONSTRAINT ck_budget_lines_category_kind CHECK (
        category = 'OTHER'
        OR (kind = 'COST' AND category IN ('PERSONNEL', 'MATERIAL', 'RENT', 'EVENTS', 'TRAINING'))
        OR (kind = 'FUNDING' AND category IN ('STATE_GRANT', 'FOUNDATION', 'CITY_BUDGET')))
);
-- Filter by project (also serves the foreign key when a project is deleted, and the summary).
CREATE INDEX ix_budget_lines_project ON budget_lines (project_id, fiscal_year, id);
CREATE INDEX ix_budget_lines_fiscal_year ON budget_lines (fiscal_year, id);
CREATE INDEX ix_budget_lines_kind ON budget_lines (kind, id);
CREATE INDEX ix_budget_lines_category ON budget_lines (category, id);
CREATE INDEX ix_budget_lines_planned_amount ON budget_lines (planned_amount, id);
CREATE INDEX ix_budget_lines_actual_amount ON budget_lines (actual_amount, id);
CREATE INDEX ix_budget_lines_description ON budget_lines (description, id);
CREATE INDEX ix_budget_lines_created_at ON budget_lines (created_at, id);
CREATE INDEX ix_budget_lines_search ON budget_lines USING gin (search_text gin_trgm_ops);
