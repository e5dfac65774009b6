import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format';
import { toChartValue } from '../model';

// Only the parts these bar charts use (the Bar component registers its controller itself).
ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

export interface ChartSeries {
  label: string;
  /** Amount strings of the contract, one per label. */
  amounts: string[];
  color: string;
  /** Actual figures: a lighter fill with the series colour as border, so plan and actual differ in more than hue. */
  light?: boolean;
}

export interface BudgetChartProps {
  /** Names the chart for screen readers; the table beside it carries the same figures. */
  description: string;
  labels: string[];
  series: ChartSeries[];
}

/**
 * A grouped bar chart of amounts. A picture of the table next to it (which is the accessible
 * source): the canvas is one image with a description. Loaded lazily, so chart.js is not part of
 * the app's first download.
 */
export function BudgetChart({ description, labels, series }: BudgetChartProps) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (item) =>
            `${item.dataset.label ?? ''}: ${formatMoney(series[item.datasetIndex]?.amounts[item.dataIndex], language)}`,
        },
      },
    },
    scales: {
      y: { beginAtZero: true, ticks: { callback: (value) => formatMoney(String(value), language) } },
    },
  };
  return (
    <div className="budget-chart">
      <Bar
        role="img"
        aria-label={description}
        options={options}
        data={{
          labels,
          datasets: series.map((s) => ({
            label: s.label,
            data: s.amounts.map(toChartValue),
            backgroundColor: s.light ? `${s.color}55` : s.color,
            borderColor: s.color,
            borderWidth: 2,
          })),
        }}
      />
    </div>
  );
}
