package de.lotse.budget;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.lotse.common.money.Money;
import de.lotse.common.money.MoneyJson;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetLineRequest", description = "The writable fields of a budget line. Read-only fields (id, createdAt, updatedAt) are ignored when sent. Amounts are EUR as strings (\"63000.00\"); a JSON number is a 400.")
@JsonIgnoreProperties({"id", "createdAt", "updatedAt"})
public record BudgetLineRequest(
        @NotNull @Schema(required = true, description = "An existing project", example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @NotNull @Min(2000) @Max(2100) @Schema(required = true, description = "Fiscal year (Haushaltsjahr)", example = "2015") Integer fiscalYear,
        @NotNull @Schema(required = true) BudgetKind kind,
        @NotNull @Schema(required = true, description = "Must fit the kind: PERSONNEL, MATERIAL, RENT, EVENTS, TRAINING for COST; STATE_GRANT, FOUNDATION, CITY_BUDGET for FUNDING; OTHER for either") BudgetCategory category,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Zuschuss VwV Integration") String description,
        @NotNull @DecimalMin("0.00") @MoneyJson
        @Schema(required = true, type = SchemaType.STRING, pattern = Money.PATTERN, example = Money.EXAMPLE,
                description = "Planned amount (Plan) in EUR, at least 0, at most two decimals") BigDecimal plannedAmount,
        @DecimalMin("0.00") @MoneyJson
        @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, example = "61250.40",
                description = "Actual amount (Ist) in EUR, at least 0, at most two decimals; leave out until known") BigDecimal actualAmount,
        @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z./-]+", message = "must be letters, digits, '.', '-' or '/'")
        @Schema(description = "Cost centre (Kostenstelle)", example = "17405010") String costCentre,
        @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z./-]+", message = "must be letters, digits, '.', '-' or '/'")
        @Schema(description = "Budget item (Finanzposition)", example = "1.4390.6790.000") String budgetItem,
        @Size(max = 200) @Schema(description = "Who pays, for funding lines", example = "Land Baden-Württemberg") String funder,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static BudgetLineRequest from(BudgetLine b) {
        return new BudgetLineRequest(b.projectId, b.fiscalYear, b.kind, b.category, b.description, b.plannedAmount,
                b.actualAmount, b.costCentre, b.budgetItem, b.funder, b.version);
    }
}
