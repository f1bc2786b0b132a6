import { AppError } from '../../api/errors';

/** Turns the print surface (HTML) into PDF bytes. Only the Electron app has one (Chromium's printer). */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
}

/** Browser mode and the command line: no printer of ours; say so plainly. */
export const NO_PDF_PRINTER: PdfPrinter = {
  print: () => {
    throw new AppError(
      'unavailable',
      'PDF needs the Copydesk desktop app (it prints with its own browser engine). Here, export HTML or open the print view and use your browser\'s "Save as PDF".',
    );
  },
};
