package de.lotse.budget;

import de.lotse.common.api.Resource;
import de.lotse.common.money.Money;
import de.lotse.common.money.MoneyJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetLine", description = "Planned and actual cost or funding of a project in one fiscal year (Haushaltsposition). Amounts are EUR strings with two decimals.")
public record BudgetLineDto(
        @Schema(required = true, example = "01933b5e-a04a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, description = "Optimistic-lock version; send it back with PUT/PATCH", example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, description = "The project the money belongs to", example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @Schema(required = true, description = "Fiscal year (Haushaltsjahr)", example = "2015") int fiscalYear,
        @Schema(required = true) BudgetKind kind,
        @Schema(required = true, description = "PERSONNEL, MATERIAL, RENT, EVENTS, TRAINING are cost; STATE_GRANT, FOUNDATION, CITY_BUDGET are funding; OTHER is either") BudgetCategory category,
        @Schema(required = true, example = "Zuschuss VwV Integration") String description,
        @MoneyJson @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = Money.EXAMPLE,
                description = "Planned amount (Plan) in EUR") BigDecimal plannedAmount,
        @MoneyJson @Schema(type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "61250.40",
                description = "Actual amount (Ist) in EUR; absent until known") BigDecimal actualAmount,
        @Schema(description = "Cost centre (Kostenstelle)", example = "17405010") String costCentre,
        @Schema(description = "Budget item (Finanzposition)", example = "1.4390.6790.000") String budgetItem,
        @Schema(description = "Who pays, for funding lines", example = "Land Baden-Württemberg") String funder) implements Resource {

    static BudgetLineDto from(BudgetLine b) {
        return new BudgetLineDto(b.id, b.version, b.createdAt, b.updatedAt, b.projectId, b.fiscalYear, b.kind, b.category,
                b.description, b.plannedAmount, b.actualAmount, b.costCentre, b.budgetItem, b.funder);
    }
}
