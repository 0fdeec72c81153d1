// Saves text the page made (the numbers behind a chart) as a file, through a short-lived object URL.
import { toCsv, type CsvTable } from './csv.ts';

export function downloadCsv(fileName: string, table: CsvTable): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; revoking later keeps slow browsers from losing the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
