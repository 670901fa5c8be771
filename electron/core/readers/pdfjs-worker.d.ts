// pdf.js ships no types for its worker module; it is only imported for its side effect (see pdf-reader).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
