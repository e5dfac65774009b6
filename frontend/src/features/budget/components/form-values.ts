import type { TFunction } from 'i18next';
import { z } from 'zod';
import { type FormModel, optionalText } from '../../../components/record/form-model';
import {
  budgetCategories,
  type BudgetCategory,
  budgetKinds,
  type BudgetKind,
  type BudgetLine,
  type BudgetLineRequest,
  categoriesByKind,
  categoryFits,
} from '../model';
import { type MoneyInputProblem, moneyInputOf, parseMoneyInput } from '../money-input';

/** What the form holds: text as typed, so nothing is lost or reformatted while someone edits. */
export interface BudgetLineFormValues {
  /** Empty until a project is chosen. */
  projectId: string;
  fiscalYear: string;
  kind: BudgetKind;
  /** Empty until the user picks one. */
  category: BudgetCategory | '';
  description: string;
  /** Amounts as typed: `1.234,56`, `1234,56` or `1234.56`. */
  plannedAmount: string;
  actualAmount: string;
  costCentre: string;
  budgetItem: string;
  funder: string;
}

export type BudgetLineFormField = keyof BudgetLineFormValues;

export const budgetLineFormFields = [
  'projectId',
  'fiscalYear',
  'kind',
  'category',
  'description',
  'plannedAmount',
  'actualAmount',
  'costCentre',
  'budgetItem',
  'funder',
] as const satisfies readonly BudgetLineFormField[];

export function emptyBudgetLineForm(projectId = '', fiscalYear = new Date().getFullYear()): BudgetLineFormValues {
  return {
    projectId,
    fiscalYear: String(fiscalYear),
    kind: 'COST',
    category: '',
    description: '',
    plannedAmount: '',
    actualAmount: '',
    costCentre: '',
    budgetItem: '',
    funder: '',
  };
}

/** A stored line as form values; amounts in the user's language (`63.000,00`). */
export function toFormValues(line: BudgetLine, language: string): BudgetLineFormValues {
  return {
    projectId: line.projectId,
    fiscalYear: String(line.fiscalYear),
    kind: line.kind,
    category: line.category,
    description: line.description,
    plannedAmount: moneyInputOf(line.plannedAmount, language),
    actualAmount: moneyInputOf(line.actualAmount, language),
    costCentre: line.costCentre ?? '',
    budgetItem: line.budgetItem ?? '',
    funder: line.funder ?? '',
  };
}

export function budgetLineFormModel(language: string): FormModel<BudgetLine, BudgetLineFormValues> {
  return { fields: budgetLineFormFields, toFormValues: (line) => toFormValues(line, language) };
}

/** A typed amount in the contract's format (`"1234.56"`); only called with values the schema accepted. */
function amountOf(typed: string): string | undefined {
  if (typed.trim() === '') return undefined;
  const parsed = parseMoneyInput(typed);
  return 'amount' in parsed ? parsed.amount : typed.trim();
}

/** The request body: empty optional fields are left out (PUT then clears them). */
export function toRequest(values: BudgetLineFormValues, version?: number): BudgetLineRequest {
  return {
    projectId: values.projectId,
    fiscalYear: Number(values.fiscalYear.trim()),
    kind: values.kind,
    // The schema has made sure a fitting category is chosen.
    category: values.category as BudgetCategory,
    description: values.description.trim(),
    plannedAmount: amountOf(values.plannedAmount) ?? '',
    actualAmount: amountOf(values.actualAmount),
    costCentre: optionalText(values.costCentre),
    budgetItem: optionalText(values.budgetItem),
    funder: optionalText(values.funder),
    version,
  };
}

/** The categories for the kind, in the order of the contract, as a readable list (`Personal, Sachkosten … oder Sonstiges`). */
export function allowedCategoriesText(kind: BudgetKind, t: TFunction): string {
  const labels = categoriesByKind[kind].map((category) => t(`budget.category.${category}`));
  return t('budget.form.categoryList', { list: labels.slice(0, -1).join(', '), last: labels.at(-1) });
}

/**
 * The constraints of the contract's BudgetLineRequest, checked before sending: the server checks
 * them again and its violations are shown at the same fields.
 */
export function budgetLineFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = (max: number) => t('errors.maxLength', { max });
  const problems: Record<MoneyInputProblem, string> = {
    format: t('budget.form.amountFormat'),
    decimals: t('budget.form.amountDecimals'),
    negative: t('budget.form.amountNegative'),
    tooLarge: t('budget.form.amountTooLarge'),
  };
  const amount = (optional: boolean) =>
    z.string().superRefine((typed, context) => {
      if (typed.trim() === '') {
        if (!optional) context.addIssue({ code: 'custom', message: required });
        return;
      }
      const parsed = parseMoneyInput(typed);
      if ('problem' in parsed) context.addIssue({ code: 'custom', message: problems[parsed.problem] });
    });
  const code = z
    .string()
    .trim()
    .max(40, maxLength(40))
    .regex(/^([0-9A-Za-z./-]+)?$/, t('budget.form.invalidCode'));

  return z
    .object({
      projectId: z.string().min(1, t('budget.form.chooseProjectError')),
      fiscalYear: z
        .string()
        .trim()
        .min(1, required)
        .refine((year) => year === '' || (/^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100), {
          message: t('budget.form.invalidYear'),
        }),
      kind: z.enum(budgetKinds, { error: required }),
      category: z.union([z.enum(budgetCategories), z.literal('')]).refine((category): boolean => category !== '', required),
      description: z.string().min(1, required).max(500, maxLength(500)).regex(/\S/, t('errors.notBlank')),
      plannedAmount: amount(false),
      actualAmount: amount(true),
      costCentre: code,
      budgetItem: code,
      funder: z.string().max(200, maxLength(200)),
    })
    .superRefine((values, context) => {
      if (values.category !== '' && !categoryFits(values.category, values.kind)) {
        context.addIssue({
          code: 'custom',
          path: ['category'],
          message: t('budget.form.categoryDoesNotFit', {
            category: t(`budget.category.${values.category}`),
            kind: t(`budget.kind.${values.kind}`),
            allowed: allowedCategoriesText(values.kind, t),
          }),
        });
      }
    });
}
