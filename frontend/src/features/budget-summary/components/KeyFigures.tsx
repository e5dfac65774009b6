import { useTranslation } from 'react-i18next';
import { formatMoney, formatRate } from '../../../lib/format';
import type { Figures } from '../model';

/** The four figures of a committee report: cost, funding, the city's share (planned, with actual) and the funding rate. */
export function KeyFigures({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const money = (amount: string) => formatMoney(amount, i18n.language);
  const items = [
    { key: 'cost', planned: money(figures.plannedCost), actual: money(figures.actualCost) },
    { key: 'funding', planned: money(figures.plannedFunding), actual: money(figures.actualFunding) },
    { key: 'remaining', planned: money(figures.remainingCost), actual: money(figures.actualRemainingCost) },
    {
      key: 'rate',
      planned: figures.fundingRate === undefined ? t('common.none') : formatRate(figures.fundingRate, i18n.language),
      actual: undefined,
    },
  ] as const;
  return (
    <dl className="key-figures">
      {items.map((item) => (
        <div key={item.key} className="kern-card key-figures__item" data-testid={`key-figure-${item.key}`}>
          <dt className="key-figures__label">{t(`budgetSummary.keyFigures.${item.key}`)}</dt>
          <dd className="key-figures__value">{item.planned}</dd>
          {item.actual === undefined ? null : (
            <dd className="key-figures__actual">{t('budgetSummary.keyFigures.actual', { amount: item.actual })}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
