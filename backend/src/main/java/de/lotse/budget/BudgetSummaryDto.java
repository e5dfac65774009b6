package de.lotse.budget;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import de.lotse.common.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Totals of the budget lines of some projects, overall and by project, fiscal year and category. */
@Schema(name = "BudgetSummary", description = "Planned and actual cost and funding of the selected projects, the city's remaining cost (Eigenanteil) and the funding rate (Förderquote); overall and by project, fiscal year and category. Amounts are EUR strings with two decimals.")
public record BudgetSummaryDto(
        @Schema(required = true, description = "The projects summed, as requested") List<UUID> projectIds,
        @Schema(description = "The fiscal year summed; absent when all years are", example = "2016") Integer fiscalYear,
        @JsonSerialize(using = Money.Serializer.class)
        @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "200400.00",
                description = "Sum of planned cost") BigDecimal plannedCost,
        @JsonSerialize(using = Money.Serializer.class)
        @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "93750.75",
                description = "Sum of the actual cost recorded so far") BigDecimal actualCost,
        @JsonSerialize(using = Money.Serializer.class)
        @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "120240.00",
                description = "Sum of planned funding") BigDecimal plannedFunding,
        @JsonSerialize(using = Money.Serializer.class)
        @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "30000.00",
                description = "Sum of the actual funding recorded so far") BigDecimal actualFunding,
        @JsonSerialize(using = Money.Serializer.class)
        @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "80160.00",
                description = "Planned cost minus planned funding: the city's share (Eigenanteil der Stadt)") BigDecimal remainingCost,
        @JsonSerialize(using = Money.Serializer.class)
        @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "63750.75",
                description = "Actual cost minus actual funding") BigDecimal actualRemainingCost,
        @JsonSerialize(using = Money.Serializer.class)
        @Schema(type = SchemaType.STRING, pattern = BudgetSummaryDto.RATE_PATTERN, example = "60.00",
                description = "Planned funding ÷ planned cost × 100 (Förderquote), two decimals rounded half up; absent when there is no planned cost") BigDecimal fundingRate,
        @Schema(required = true, description = "The same figures for each requested project, ordered by project code") List<ProjectBudgetDto> byProject,
        @Schema(required = true, description = "The same figures for each fiscal year that has budget lines, ascending") List<FiscalYearBudgetDto> byFiscalYear,
        @Schema(required = true, description = "Planned and actual totals per kind and category that has budget lines") List<CategoryBudgetDto> byCategory) {

    /** A percentage with exactly two decimals, e.g. {@code "60.00"}. */
    public static final String RATE_PATTERN = "^\\d{1,15}\\.\\d{2}$";

    static BudgetSummaryDto of(List<UUID> projectIds, Integer fiscalYear, BudgetFigures f, List<ProjectBudgetDto> byProject,
            List<FiscalYearBudgetDto> byFiscalYear, List<CategoryBudgetDto> byCategory) {
        return new BudgetSummaryDto(projectIds, fiscalYear, f.plannedCost, f.actualCost, f.plannedFunding, f.actualFunding,
                f.remainingCost(), f.actualRemainingCost(), f.fundingRate(), byProject, byFiscalYear, byCategory);
    }

    @Schema(name = "ProjectBudgetSummary", description = "Budget figures of one project")
    public record ProjectBudgetDto(
            @Schema(required = true, example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
            @Schema(required = true, example = "WIL") String code,
            @Schema(required = true, example = "Willkommen in Ludwigsburg") String name,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "105000.00") BigDecimal plannedCost,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "48500.50") BigDecimal actualCost,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "63000.00") BigDecimal plannedFunding,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "30000.00") BigDecimal actualFunding,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "42000.00") BigDecimal remainingCost,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "18500.50") BigDecimal actualRemainingCost,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(type = SchemaType.STRING, pattern = RATE_PATTERN, example = "60.00") BigDecimal fundingRate) {

        static ProjectBudgetDto of(UUID projectId, String code, String name, BudgetFigures f) {
            return new ProjectBudgetDto(projectId, code, name, f.plannedCost, f.actualCost, f.plannedFunding, f.actualFunding,
                    f.remainingCost(), f.actualRemainingCost(), f.fundingRate());
        }
    }

    @Schema(name = "FiscalYearBudgetSummary", description = "Budget figures of one fiscal year")
    public record FiscalYearBudgetDto(
            @Schema(required = true, example = "2016") int fiscalYear,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "105400.00") BigDecimal plannedCost,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "0.00") BigDecimal actualCost,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "63240.00") BigDecimal plannedFunding,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "0.00") BigDecimal actualFunding,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "42160.00") BigDecimal remainingCost,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "0.00") BigDecimal actualRemainingCost,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(type = SchemaType.STRING, pattern = RATE_PATTERN, example = "60.00") BigDecimal fundingRate) {

        static FiscalYearBudgetDto of(int fiscalYear, BudgetFigures f) {
            return new FiscalYearBudgetDto(fiscalYear, f.plannedCost, f.actualCost, f.plannedFunding, f.actualFunding,
                    f.remainingCost(), f.actualRemainingCost(), f.fundingRate());
        }
    }

    @Schema(name = "CategoryBudgetSummary", description = "Planned and actual totals of one category")
    public record CategoryBudgetDto(
            @Schema(required = true) BudgetKind kind,
            @Schema(required = true) BudgetCategory category,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "180000.00") BigDecimal planned,
            @JsonSerialize(using = Money.Serializer.class)
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.WRITTEN_PATTERN, example = "93750.75") BigDecimal actual) {
    }
}
