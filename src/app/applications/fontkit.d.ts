// The part of fontkit (pdfkit's font engine) used to parse the CJK font once per process.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
