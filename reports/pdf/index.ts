import type { Reporter } from '../types.js';

/** The PDF reporter; its renderer (and pdfkit with its fonts) is loaded only when a PDF is asked for. */
export const pdfReporter: Reporter = {
  format: 'pdf',
  description: 'Audit-ready PDF: both views, attestations with due dates, failing findings, coverage gaps',
  render: async (report) => [{ name: 'phiscan.pdf', content: (await import('./render.js')).renderPdf(report) }],
};
