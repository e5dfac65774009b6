package de.lotse.budget;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A budget line (Haushaltsposition) of a project: a planned and an actual amount of cost or of
 * funding in one fiscal year, with the city's cost centre and budget item.
 */
@Entity
@Audited
@AuditOverride(forClass = BaseEntity.class)
@Table(name = "budget_lines")
public class BudgetLine extends BaseEntity {

    public UUID projectId;
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    public BudgetKind kind;
    @Enumerated(EnumType.STRING)
    public BudgetCategory category;
    public String description;
    @Column(precision = 14, scale = 2)
    public BigDecimal plannedAmount;
    @Column(precision = 14, scale = 2)
    public BigDecimal actualAmount;
    /** Kostenstelle, e.g. 17405010. */
    public String costCentre;
    /** Finanzposition, e.g. 1.4390.6790.000. */
    public String budgetItem;
    public String funder;

    @NotAudited
    @Column(insertable = false, updatable = false)
    String searchText;
}
