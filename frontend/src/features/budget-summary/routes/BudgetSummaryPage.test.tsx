import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../../lib/format';
import { page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { CONNECT_ID, demoProjects, LAFI_ID, MIZ_ID, WIL_ID, wilAndLafiSummary } from '../test-fixtures';

interface BarProps {
  role: string;
  'aria-label': string;
  data: { labels: string[]; datasets: { label: string; data: number[] }[] };
}

// jsdom cannot draw on a canvas: the chart records what it was given to draw.
const charts = vi.hoisted(() => new Map<string, BarProps>());
vi.mock('react-chartjs-2', () => ({
  Bar: (props: BarProps) => {
    charts.set(props['aria-label'], props);
    return <canvas role={props.role} aria-label={props['aria-label']} />;
  },
}));

/** Serves the demo projects and the WiL + LAfI summary for any choice; records the summary requests. */
function serveBudget() {
  const summaries: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page(demoProjects()))),
    http.get(apiUrl('/api/v1/budget-lines/summary'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      summaries.push(query);
      const fiscalYear = query.get('fiscalYear');
      return HttpResponse.json({
        ...wilAndLafiSummary(),
        projectIds: query.getAll('projectId'),
        ...(fiscalYear ? { fiscalYear: Number(fiscalYear) } : {}),
      });
    }),
  );
  return summaries;
}

const wilAndLafi = `/budget?projectId=${WIL_ID}&projectId=${LAFI_ID}`;

function keyFigure(name: string) {
  return screen.getByTestId(`key-figure-${name}`);
}

describe('budget summary', () => {
  beforeEach(() => charts.clear());

  it('showsTheSeedFiguresOfWilAndLafiInGerman', async () => {
    const summaries = serveBudget();
    renderApp(wilAndLafi);

    expect(await screen.findByRole('heading', { level: 1, name: 'Haushalt' })).toBeInTheDocument();
    await screen.findByText('2 Projekte, alle Haushaltsjahre');
    expect(summaries.at(-1)?.getAll('projectId')).toEqual([WIL_ID, LAFI_ID]);
    expect(within(keyFigure('cost')).getByText('200.400,00 €')).toBeInTheDocument();
    expect(within(keyFigure('funding')).getByText('120.240,00 €')).toBeInTheDocument();
    expect(within(keyFigure('remaining')).getByText('80.160,00 €')).toBeInTheDocument();
    expect(within(keyFigure('rate')).getByText('60,00 %')).toBeInTheDocument();
    expect(within(keyFigure('cost')).getByText('Ist: 172.900,00 €')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^WIL – Willkommen in Ludwigsburg/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^LAFI – / })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^CONNECT – / })).not.toBeChecked();
  });

  it('showsTheSeedFiguresInEnglishAfterSwitchingTheLanguage', async () => {
    serveBudget();
    const { user } = renderApp(wilAndLafi);
    await screen.findByText('2 Projekte, alle Haushaltsjahre');
    expect(within(keyFigure('cost')).getByText('200.400,00 €')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Budget summary' })).toBeInTheDocument();
    expect(within(keyFigure('cost')).getByText('€200,400.00')).toBeInTheDocument();
    expect(within(keyFigure('funding')).getByText('€120,240.00')).toBeInTheDocument();
    expect(within(keyFigure('remaining')).getByText('€80,160.00')).toBeInTheDocument();
    expect(within(keyFigure('rate')).getByText('60.00%')).toBeInTheDocument();
    const byProject = screen.getByRole('table', { name: 'By project' });
    const total = within(byProject).getByRole('row', { name: /^Total/ });
    expect(
      within(total)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['€200,400.00', '€172,900.00', '€120,240.00', '€110,220.00', '€80,160.00', '60.00%']);
  });

  it('tablesHoldTheSameFiguresAsTheCharts', async () => {
    serveBudget();
    renderApp(wilAndLafi);
    await screen.findByRole('table', { name: 'Nach Kategorie' });
    // The charts load lazily; wait until all three are on the page, not only rendered.
    await waitFor(() => expect(screen.getAllByRole('img', { name: /^Balkendiagramm/ })).toHaveLength(3));
    expect(charts.size).toBe(3);

    const tableFor = { 'je Projekt': 'Nach Projekt', 'je Haushaltsjahr': 'Nach Haushaltsjahr', 'je Kategorie': 'Nach Kategorie' };
    for (const [inLabel, tableName] of Object.entries(tableFor)) {
      const chart = [...charts.values()].find((props) => props['aria-label'].includes(inLabel))!;
      expect(screen.getByRole('img', { name: chart['aria-label'] })).toBeInTheDocument();
      const table = screen.getByRole('table', { name: tableName });
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent);
      const bodyRows = within(table)
        .getAllByRole('row')
        .slice(1, chart.data.labels.length + 1);
      // The project chart names projects by code, the table by code and name.
      const rowNames = bodyRows.map((row) => within(row).getByRole('rowheader').textContent);
      expect(rowNames.map((name, index) => name?.startsWith(chart.data.labels[index]!))).toEqual(
        chart.data.labels.map(() => true),
      );
      for (const dataset of chart.data.datasets) {
        const column = headers.indexOf(dataset.label);
        expect(column).toBeGreaterThan(0);
        const shown = bodyRows.map((row) => within(row).getAllByRole('cell')[column - 1]!.textContent);
        expect(shown).toEqual(dataset.data.map((value) => formatMoney(value.toFixed(2), 'de')));
      }
    }
    const byProject = [...charts.values()].find((props) => props['aria-label'].includes('je Projekt'))!;
    expect(byProject.data.labels).toEqual(['LAFI', 'WIL']);
    expect(byProject.data.datasets[0]).toMatchObject({ label: 'Kosten Plan', data: [95400, 105000] });
    const byYear = [...charts.values()].find((props) => props['aria-label'].includes('je Haushaltsjahr'))!;
    expect(byYear.data.labels).toEqual(['2015', '2016', '2017', '2018']);
    expect(byYear.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Kosten Plan',
      'Kosten Ist',
      'Förderung Plan',
      'Förderung Ist',
    ]);
  });

  it('sumsTheRunningProjectsWhenNoneAreNamed', async () => {
    const summaries = serveBudget();
    renderApp('/budget');

    await waitFor(() => expect(summaries.at(-1)?.getAll('projectId')).toEqual([CONNECT_ID, MIZ_ID]));
    expect(await screen.findByRole('checkbox', { name: /^CONNECT – Connect \(Laufend\)/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^MIZ – / })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^WIL – / })).not.toBeChecked();
  });

  it('choosingProjectsWritesThemIntoTheUrlAsRepeatedParameters', async () => {
    const summaries = serveBudget();
    const { router, user } = renderApp('/budget');
    await screen.findByRole('checkbox', { name: /^WIL – / });

    await user.click(screen.getByRole('button', { name: 'Auswahl aufheben' }));
    expect(await screen.findByText('Bitte wählen Sie mindestens ein Projekt aus.')).toBeInTheDocument();
    expect(router.state.location.href).toBe('/budget?projectId=');

    await user.click(screen.getByRole('checkbox', { name: /^WIL – / }));
    await user.click(screen.getByRole('checkbox', { name: /^LAFI – / }));

    await waitFor(() => expect(router.state.location.href).toBe(`/budget?projectId=${LAFI_ID}&projectId=${WIL_ID}`));
    await waitFor(() => expect(summaries.at(-1)?.getAll('projectId')).toEqual([LAFI_ID, WIL_ID]));
    await screen.findByText('2 Projekte, alle Haushaltsjahre');
    expect(within(keyFigure('cost')).getByText('200.400,00 €')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Laufende Projekte' }));
    await waitFor(() => expect(router.state.location.href).toBe('/budget'));
  });

  it('narrowsTheSummaryToOneFiscalYear', async () => {
    const summaries = serveBudget();
    const { router, user } = renderApp(wilAndLafi);
    const year = await screen.findByRole('combobox', { name: 'Haushaltsjahr' });
    await screen.findByRole('option', { name: '2016' });

    await user.selectOptions(year, '2016');

    await waitFor(() => expect(router.state.location.search).toMatchObject({ fiscalYear: 2016 }));
    await waitFor(() => expect(summaries.at(-1)?.get('fiscalYear')).toBe('2016'));
    expect(summaries.at(-1)?.getAll('projectId')).toEqual([WIL_ID, LAFI_ID]);
    expect(await screen.findByText('2 Projekte, Haushaltsjahr 2016')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Haushaltsjahr' })).toHaveValue('2016');
  });
});
