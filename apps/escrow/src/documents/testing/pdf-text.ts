import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF, NFC-normalised, extracted with pdf-parse (v2: `new PDFParse({ data }).getText()`) in a child
 * Node process: pdf-parse sets up pdf.js's worker with a dynamic import, which jest cannot run (test-only).
 */
export function pdfText(pdf: Buffer): string {
  const script =
    "const { PDFParse } = require('pdf-parse'); const chunks = []; process.stdin.on('data', (c) => chunks.push(c)); " +
    "process.stdin.on('end', async () => { const p = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) }); const r = await p.getText(); await p.destroy(); process.stdout.write(r.text); });";
  return execFileSync(process.execPath, ['-e', script], { input: pdf, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).normalize('NFC');
}
